package no.hverdag;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Hverdag: newcomers to Norway meet volunteer activities, language cafés, culture buddies
 * and people to borrow at the library.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class HverdagApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(HverdagApplication.class);
		// A start-up timeline (issue 18, docs/performance.md "Start-up"): with
		// -Dhverdag.startup-timeline=true and -XX:StartFlightRecording every bean's
		// creation,
		// every configuration class and every refresh phase is a JFR event with its
		// duration.
		if (Boolean.getBoolean("hverdag.startup-timeline")) {
			application.setApplicationStartup(new FlightRecorderApplicationStartup());
		}
		application.run(args);
	}

}
