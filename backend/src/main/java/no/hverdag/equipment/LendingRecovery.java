package no.hverdag.equipment;

import java.time.Clock;
import java.time.Duration;

import no.hverdag.booking.BookingStatus;
import no.hverdag.booking.DailyStock;
import no.hverdag.equipment.internal.EquipmentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;

/**
 * The idempotent recovery step for loans (ADR 0008): a loan whose {@code holdSince} is
 * older than a minute was left half-way. A reservation still in {@code PENDING_HOLD} is
 * rolled back (its days given back, the loan removed); a cancel, return or loss is
 * completed by repeating its idempotent steps. At start-up and every minute.
 */
@Service
public class LendingRecovery {

	private static final Logger log = LoggerFactory.getLogger(LendingRecovery.class);

	private final EquipmentStore store;

	private final DailyStock stock;

	private final Lending lending;

	private final Clock clock;

	LendingRecovery(EquipmentStore store, DailyStock stock, Lending lending, Clock clock) {
		this.store = store;
		this.stock = stock;
		this.lending = lending;
		this.clock = clock;
	}

	private Mono<Boolean> putRight(Loan loan) {
		return switch (loan.status()) {
			case PENDING_HOLD -> this.stock.giveBack("item:" + loan.itemId(), loan.id())
				.then(this.store.delete(loan.id()))
				.thenReturn(true);
			case CANCELLED -> this.lending.giveBackAll(loan);
			case RETURNED -> this.lending.finishReturn(loan);
			case LOST -> this.lending.finishLoss(loan);
			default -> this.store.clearHold(loan.id());
		};
	}

	/** Puts right every loan left half-way; returns how many. */
	public Mono<Long> recover() {
		return this.store.stuckSince(this.clock.instant().minus(Duration.ofMinutes(1)))
			.concatMap(this::putRight)
			.count()
			.doOnNext(count -> {
				if (count > 0) {
					log.warn("Recovered {} loans left half-way", count);
				}
			});
	}

}
