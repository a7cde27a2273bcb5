package no.hverdag.support;

import java.time.Clock;
import java.time.LocalDateTime;

import no.hverdag.shared.time.HverdagClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Tests run at a known Norwegian morning, so "today's free slots" at the kiosk never
 * depends on the hour the build happens to run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfig {

	public static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 9, 0);

	@Bean
	@Primary
	Clock testClock() {
		return Clock.fixed(NOW.atZone(HverdagClock.NORWAY).toInstant(), HverdagClock.NORWAY);
	}

}
