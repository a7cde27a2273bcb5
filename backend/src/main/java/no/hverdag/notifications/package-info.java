/**
 * Messages to people: sign-in codes, booking confirmations and reminders, by e-mail or
 * SMS. With {@code hverdag.notifications.delivery=outbox} (the default) nothing leaves
 * the machine: messages land in an outbox that {@code /dev/outbox} shows. With
 * {@code live}, e-mail goes through SMTP (Spring's mail support, on a bounded scheduler)
 * and SMS through an HTTP gateway. Depends only on {@code shared}.
 */
package no.hverdag.notifications;
