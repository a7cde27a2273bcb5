package no.hverdag.signups;

/**
 * A new sign-up with its cancel token, which is shown once (in the answer and in the
 * message) and stored only as a hash. {@code position} is the place in the waiting list
 * right after signing up (the waiting-list number), {@code null} when confirmed.
 */
public record SignUpReceipt(SignUp signUp, String token, Long position) {

}
