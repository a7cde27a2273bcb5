package no.hverdag.activities;

import reactor.core.publisher.Mono;

/**
 * What else happens when an organisation withdraws a listing, implemented outside this
 * module (sign-ups: everyone signed up for a coming date is told and their sign-up ends).
 * A port, so activities need not know sign-ups. It must be idempotent: it runs right
 * after the withdrawal and again from recovery, in case the process died in between.
 */
public interface WithdrawalFollowUp {

	/**
	 * Does what the withdrawal of this listing leaves to do; how many people were told.
	 */
	Mono<Long> withdrawn(Activity activity);

}
