package no.hverdag;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
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
		SpringApplication.run(HverdagApplication.class, args);
	}

}
