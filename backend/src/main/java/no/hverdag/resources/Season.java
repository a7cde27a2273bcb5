package no.hverdag.resources;

import java.time.Month;

/**
 * The outdoor seasons as Norwegian lending points plan them: snow and ice from November
 * to March, spring in April and May, summer on the water and in a tent from June to
 * August, autumn in September and October (message keys {@code resources.season.NAME}).
 */
public enum Season {

	WINTER, SPRING, SUMMER, AUTUMN;

	public static Season of(Month month) {
		return switch (month) {
			case NOVEMBER, DECEMBER, JANUARY, FEBRUARY, MARCH -> WINTER;
			case APRIL, MAY -> SPRING;
			case JUNE, JULY, AUGUST -> SUMMER;
			case SEPTEMBER, OCTOBER -> AUTUMN;
		};
	}

}
