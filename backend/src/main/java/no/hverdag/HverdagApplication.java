package no.hverdag;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.mail.autoconfigure.MailHealthContributorAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.mail.autoconfigure.MailSenderValidatorAutoConfiguration;
import org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Hverdag: newcomers to Norway meet volunteer activities, language cafés, culture buddies
 * and people to borrow at the library.
 */
// Spring Boot's mail sender exists only when spring.mail.host is set, a condition Spring
// AOT
// would fix at build time (ADR 0026): live delivery builds its own from spring.mail.* at
// start
// (notifications.internal.NotificationsConfig), so Boot's, its validator and its health
// contributor stay out in every start.
@SpringBootApplication(exclude = { MailSenderAutoConfiguration.class, MailSenderValidatorAutoConfiguration.class,
		MailHealthContributorAutoConfiguration.class })
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
