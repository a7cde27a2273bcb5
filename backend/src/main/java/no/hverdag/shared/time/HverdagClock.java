package no.hverdag.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole platform, in Norway's time zone: "today" at a kiosk is a
 * Norwegian today.
 */
@Configuration(proxyBeanMethods = false)
public class HverdagClock {

	public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

	@Bean
	Clock clock() {
		return Clock.system(NORWAY);
	}

}
