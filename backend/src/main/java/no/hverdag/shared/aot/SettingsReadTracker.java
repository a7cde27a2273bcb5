package no.hverdag.shared.aot;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Condition;
import org.springframework.core.env.PropertySource;

/**
 * A property source with no values that notes every setting a condition asks for. First
 * in the environment while Spring AOT processes the application, it sees every lookup,
 * whichever source answers it; only those made by a {@link Condition} are kept (not the
 * binding of configuration properties, which happens again at every start).
 */
final class SettingsReadTracker extends PropertySource<Set<String>> {

	static final String NAME = "hverdagSettingsReadByAotBuild";

	SettingsReadTracker() {
		super(NAME, ConcurrentHashMap.newKeySet());
	}

	private static final StackWalker STACK = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

	@Override
	public Object getProperty(String name) {
		if (STACK
			.walk(frames -> frames.anyMatch(frame -> Condition.class.isAssignableFrom(frame.getDeclaringClass())))) {
			getSource().add(name);
		}
		return null;
	}

}
