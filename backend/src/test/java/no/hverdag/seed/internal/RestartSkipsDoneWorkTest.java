package no.hverdag.seed.internal;

import java.util.List;

import no.hverdag.municipalities.Municipality;
import no.hverdag.municipalities.internal.MunicipalityStore;
import no.hverdag.support.HverdagIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a restart does not redo the first start's work when its input has not changed
 * (the steps are called again here the way a restart on the same store calls them), and
 * does it again when the input changed.
 */
@HverdagIntegrationTest
class RestartSkipsDoneWorkTest {

	private static final String MARKS = "startup_marks";

	@Autowired
	DemoSeed demo;

	@Autowired
	BookingDemoSeed bookingDemo;

	@Autowired
	BuddyDemoSeed buddyDemo;

	@Autowired
	MunicipalityStore municipalities;

	@Autowired
	ReactiveMongoTemplate mongo;

	@AfterEach
	void restoreMunicipalities() {
		this.mongo.updateFirst(byId("municipalities"), Update.update("version", "changed"), MARKS).block();
		this.municipalities.load().block();
	}

	@Test
	@DisplayName("the demo seeds, done at the first start, are skipped on a restart with the same content")
	void demoSeedsOnce() {
		assertThat(this.demo.run().block()).isEqualTo(false);
		assertThat(this.bookingDemo.run().block()).isEqualTo(false);
		assertThat(this.buddyDemo.run().block()).isEqualTo(false);
		assertThat(this.mongo.findById("demo-seed", Document.class, MARKS).block()).isNotNull();
	}

	@Test
	@DisplayName("municipalities are read from the bundled list on a restart and written again only when it changed")
	void municipalitiesWrittenOnlyWhenChanged() {
		this.mongo.remove(byId("1804"), "municipalities").block();

		List<Municipality> unchanged = this.municipalities.load().block();
		assertThat(unchanged).hasSize(357).anyMatch(m -> m.number().equals("1804"));
		assertThat(this.mongo.exists(byId("1804"), "municipalities").block())
			.as("an unchanged list is not written again")
			.isFalse();

		this.mongo.updateFirst(byId("municipalities"), Update.update("version", "an older list"), MARKS).block();
		List<Municipality> changed = this.municipalities.load().block();
		assertThat(changed).hasSize(357);
		assertThat(this.mongo.count(new Query(), "municipalities").block()).isEqualTo(357);
		assertThat(this.mongo.exists(byId("1804"), "municipalities").block()).isTrue();
	}

	private static Query byId(String id) {
		return Query.query(Criteria.where("_id").is(id));
	}

}
