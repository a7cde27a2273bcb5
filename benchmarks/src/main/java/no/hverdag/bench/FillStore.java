package no.hverdag.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import no.hverdag.HverdagApplication;
import no.hverdag.activities.Activity;
import no.hverdag.activities.internal.ActivityDocument;
import no.hverdag.activities.internal.ActivityMapper;
import no.hverdag.activities.internal.BenchActivities;
import reactor.core.publisher.Flux;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Fills an embedded store on disk for docs/bench/restart-at-scale.sh: the application's
 * first start there (demo content, reference data, indexes), then {@code count} generated
 * activities over all municipalities, then a clean stop. Usage:
 * {@code FillStore <store directory> <count>}.
 */
public final class FillStore {

	private FillStore() {
	}

	public static void main(String[] args) {
		String directory = args[0];
		int count = Integer.parseInt(args[1]);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(HverdagApplication.class).run(
				"--server.port=0", "--management.server.port=0", "--hverdag.mongo.embedded.path=" + directory,
				"--hverdag.seed.demo=true", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
				// All of the first start's work done before run() returns.
				"--hverdag.seed.at-start=before-traffic", "--hverdag.search.build-at-start=before-traffic",
				"--hverdag.human-library.plan-at-start=before-traffic",
				"--hverdag.activities.publish-at-start=before-traffic");
		try {
			LocalDate today = LocalDate.now(app.getBean(Clock.class));
			List<Activity> activities = BenchActivities.generate(count, BenchActivities.municipalities(), today, 42);
			ActivityMapper mapper = app.getBean(ActivityMapper.class);
			ReactiveMongoTemplate mongo = app.getBean(ReactiveMongoTemplate.class);
			Flux.fromIterable(activities)
				.map(mapper::toDocument)
				.buffer(5_000)
				.concatMap(batch -> mongo.insert(batch, ActivityDocument.class).then())
				.blockLast();
			System.out.printf("store %s: %,d activities%n", directory,
					mongo.count(new Query(), ActivityDocument.class).block());
		}
		finally {
			app.close();
		}
		System.exit(0);
	}

}
