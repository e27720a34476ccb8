package io.github.aimshandbook.engine.check;

import java.time.LocalDate;
import java.util.List;

/**
 * How the internal audit programme covered one clause or applicable control: the done audits that covered it up to
 * the run's date (oldest first), the date of the latest ({@code null} when none did), and whether one did within the
 * {@code auditCycle} before the run's date. A clause is covered by an audit whose scope names it or a clause above
 * it; a clause with subclauses is also covered when every one of its subclauses is (then its audits are theirs, and
 * its last date the oldest of their last dates: the day by which all of it had been audited).
 */
public record Coverage(String id, List<String> audits, LocalDate lastAudited, boolean inCycle) {

    public Coverage {
        audits = List.copyOf(audits);
    }
}
