package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Findings;
import java.time.LocalDate;

/** One family of checks an auditor would make. Implementations are stateless and thread-safe. */
interface Check {

    void run(Handbook handbook, LocalDate today, Findings findings);
}
