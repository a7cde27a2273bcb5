package no.hverdag.venues;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The season's allocation and the policy it is optimal for, in plain Java (the solver is
 * behind {@link Solver}).
 *
 * <p>
 * Policy, in order: (1) a room holds at most one request at any time of the week, locks
 * hold and forbidden requests get nothing; (2) as many applicants as possible get at
 * least one request (fairness: nobody gets nothing while others get more); (3) then the
 * most weighted time: children and youth weigh 3, newcomer associations 2, adults 1, per
 * quarter hour granted. The objective
 * {@code BIG × served applicants + Σ weight × quarters} with {@code BIG} larger than any
 * possible second term makes the order strict.
 */
public final class SeasonAllocation {

	private SeasonAllocation() {
	}

	/** Decides an allocation; implementations must be optimal for {@link #score}. */
	public interface Solver {

		Result solve(List<SeasonRequest> requests, double timeLimitSeconds);

	}

	/**
	 * The outcome: the room per granted request, the score, and whether it is proven
	 * optimal (else the proven relative gap).
	 */
	public record Result(Map<String, String> granted, long score, boolean optimal, double gap, double seconds) {
	}

	/** The weight that makes serving one more applicant worth more than any time. */
	public static long big(List<SeasonRequest> requests) {
		return requests.stream().mapToLong(SeasonRequest::value).sum() + 1;
	}

	/**
	 * The policy's score of an allocation (request id → room), or -1 if it is infeasible.
	 */
	public static long score(List<SeasonRequest> requests, Map<String, String> granted) {
		Map<String, SeasonRequest> byId = new java.util.HashMap<>();
		requests.forEach(r -> byId.put(r.id(), r));
		List<SeasonRequest> in = new ArrayList<>();
		for (Map.Entry<String, String> grant : granted.entrySet()) {
			SeasonRequest request = byId.get(grant.getKey());
			if (request == null || request.forbidden() || !request.rooms().contains(grant.getValue())) {
				return -1;
			}
			in.add(request);
		}
		for (SeasonRequest request : requests) {
			if (request.locked() && (!granted.containsKey(request.id())
					|| (request.lockedRoom() != null && !request.lockedRoom().equals(granted.get(request.id()))))) {
				return -1;
			}
		}
		for (int i = 0; i < in.size(); i++) {
			for (int j = i + 1; j < in.size(); j++) {
				if (granted.get(in.get(i).id()).equals(granted.get(in.get(j).id())) && in.get(i).overlaps(in.get(j))) {
					return -1;
				}
			}
		}
		Set<String> served = new LinkedHashSet<>();
		long time = 0;
		for (SeasonRequest request : in) {
			served.add(request.applicant());
			time += request.value();
		}
		return big(requests) * served.size() + time;
	}

	/**
	 * Why each request got what it got, as message keys with arguments, for the preview.
	 */
	public static Map<String, Reason> reasons(List<SeasonRequest> requests, Map<String, String> granted) {
		Map<String, Reason> reasons = new java.util.LinkedHashMap<>();
		for (SeasonRequest request : requests) {
			String room = granted.get(request.id());
			if (room != null) {
				reasons.put(request.id(),
						new Reason(request.locked() ? "season.reason.locked" : "season.reason.granted", room, null));
			}
			else if (request.forbidden()) {
				reasons.put(request.id(), new Reason("season.reason.forbidden", null, null));
			}
			else {
				String blocker = requests.stream()
					.filter(other -> granted.containsKey(other.id())
							&& request.rooms().contains(granted.get(other.id())) && other.overlaps(request))
					.map(SeasonRequest::applicant)
					.findFirst()
					.orElse(null);
				reasons.put(request.id(),
						new Reason(blocker == null ? "season.reason.notNeeded" : "season.reason.taken", null, blocker));
			}
		}
		return reasons;
	}

	/**
	 * Why each request got what it got, in the policy's words: granted (or locked in);
	 * refused because forbidden, because every suitable room is already booked then
	 * ({@code unavailable}: requests with no room left), or because the time went to
	 * another applicant: a locked one, a higher priority class (priority), an applicant
	 * that would otherwise get nothing (fairness), or an equal claim (taken).
	 */
	public static Map<String, Reason> explain(List<SeasonRequest> requests, Map<String, String> granted,
			Set<String> unavailable) {
		Map<String, Integer> grantsPerApplicant = new java.util.HashMap<>();
		for (SeasonRequest request : requests) {
			if (granted.containsKey(request.id())) {
				grantsPerApplicant.merge(request.applicant(), 1, Integer::sum);
			}
		}
		Map<String, Reason> reasons = new java.util.LinkedHashMap<>();
		for (SeasonRequest request : requests) {
			String room = granted.get(request.id());
			if (room != null) {
				reasons.put(request.id(),
						new Reason(request.locked() ? "season.reason.locked" : "season.reason.granted", room, null));
				continue;
			}
			if (request.forbidden()) {
				reasons.put(request.id(), new Reason("season.reason.forbidden", null, null));
				continue;
			}
			if (unavailable.contains(request.id()) || request.rooms().isEmpty()) {
				reasons.put(request.id(), new Reason("season.reason.unavailable", null, null));
				continue;
			}
			SeasonRequest blocker = requests.stream()
				.filter(other -> granted.containsKey(other.id()) && !other.applicant().equals(request.applicant())
						&& request.rooms().contains(granted.get(other.id())) && other.overlaps(request))
				.findFirst()
				.orElseGet(() -> requests.stream()
					.filter(other -> granted.containsKey(other.id())
							&& request.rooms().contains(granted.get(other.id())) && other.overlaps(request))
					.findFirst()
					.orElse(null));
			String key;
			if (blocker == null) {
				key = "season.reason.notGranted";
			}
			else if (blocker.locked()) {
				key = "season.reason.lockedOther";
			}
			else if (blocker.priority().weight() > request.priority().weight()) {
				key = "season.reason.priority";
			}
			else if (!blocker.applicant().equals(request.applicant())
					&& grantsPerApplicant.getOrDefault(blocker.applicant(), 0) == 1) {
				key = "season.reason.fairness";
			}
			else {
				key = "season.reason.taken";
			}
			reasons.put(request.id(), new Reason(key, null, blocker == null ? null : blocker.applicant()));
		}
		return reasons;
	}

	/**
	 * A decision's reason: a message key, the room granted, the applicant who holds the
	 * time.
	 */
	public record Reason(String messageKey, String room, String heldBy) {
	}

}
