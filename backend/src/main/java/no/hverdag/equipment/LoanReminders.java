package no.hverdag.equipment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import no.hverdag.booking.BookingStatus;
import no.hverdag.equipment.internal.EquipmentStore;
import no.hverdag.notifications.Notification;
import no.hverdag.notifications.Notifier;
import no.hverdag.shared.ContactPoint;
import reactor.core.publisher.Mono;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reminds holders the day before their return day (for items out or reserved). Each loan
 * is first marked reminded by a conditional update, and only the run that marked it
 * sends, so two runs never remind twice.
 */
@Service
public class LoanReminders {

	private final EquipmentStore store;

	private final Notifier notifier;

	private final MessageSource messages;

	private final Lending lending;

	private final Clock clock;

	LoanReminders(EquipmentStore store, Notifier notifier, MessageSource messages, Lending lending, Clock clock) {
		this.store = store;
		this.notifier = notifier;
		this.messages = messages;
		this.lending = lending;
		this.clock = clock;
	}

	/**
	 * Sends reminders for loans due back tomorrow; returns how many loans were marked.
	 */
	public Mono<Long> remindTomorrow() {
		LocalDate tomorrow = this.lending.today().plusDays(1);
		return this.store.withStatus(List.of(BookingStatus.OUT, BookingStatus.APPROVED))
			.filter(loan -> loan.days().last().equals(tomorrow))
			.filterWhen(loan -> this.store.markReminded(loan.id(), this.clock.instant()))
			.concatMap(loan -> send(loan).thenReturn(loan))
			.count();
	}

	private Mono<Void> send(Loan loan) {
		Optional<ContactPoint> to = ContactPoint.parse(loan.holder().contact());
		if (to.isEmpty()) {
			return Mono.empty();
		}
		Locale nb = Locale.forLanguageTag("nb");
		return this.store.item(loan.itemId()).flatMap(item -> {
			String subject = this.messages.getMessage("equipment.reminder.subject", null, nb);
			String text = this.messages.getMessage("equipment.reminder.text",
					new Object[] { item.name(), item.size(), loan.days().last().toString() }, nb);
			return this.notifier.send(new Notification(to.get(), subject, text));
		});
	}

}
