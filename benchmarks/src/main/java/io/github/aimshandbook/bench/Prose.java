package io.github.aimshandbook.bench;

import java.util.List;
import java.util.Random;

/**
 * Plausible AI-governance prose from a seeded {@link Random}: the same seed gives the same words. The text means
 * little, but it has the shape of real documents (sentences of 12 to 25 words, domain vocabulary, numbers, dates),
 * which is what parsers and templates are sensitive to. Not thread-safe: one instance per document.
 */
final class Prose {

    private static final List<String> SUBJECTS = List.of("The model owner", "The AI Risk Committee",
            "The data science team", "Each system owner", "The second line of defence", "Internal audit",
            "The ML platform team", "The data protection officer", "The product manager", "Every reviewer",
            "The change advisory board", "The head of AI governance", "The business owner", "The supplier",
            "The validation team", "The incident manager", "Customer operations", "The security team");
    private static final List<String> VERBS = List.of("reviews", "approves", "documents", "monitors", "records",
            "escalates", "assesses", "validates", "tests", "retains", "publishes", "signs off", "tracks",
            "reports", "evaluates", "checks", "updates", "explains");
    private static final List<String> OBJECTS = List.of("the training data lineage", "every material model change",
            "the fairness metrics by protected group", "drift in the input distributions", "the model card",
            "the impact assessment", "the human override rate", "the decision log", "the residual risk rating",
            "the release checklist", "the evaluation report", "the prompt and retrieval configuration",
            "the data retention schedule", "the explanation given to customers", "the supplier's attestation",
            "the rollback plan", "the access review", "the incident timeline", "the labelling guidelines",
            "the performance thresholds", "the feature importance report", "the red-team findings");
    private static final List<String> QUALIFIERS = List.of("before each release", "at least once a quarter",
            "within five working days", "as part of the monthly risk report", "whenever a threshold is breached",
            "under the four-eyes principle", "with a documented rationale", "against the agreed acceptance criteria",
            "for every in-scope system", "in the shared evidence repository", "before the change goes live",
            "and keeps the result for six years", "using the approved template", "with the business owner present",
            "so that an auditor can follow the decision", "and raises a ticket for every deviation");
    private static final List<String> CONNECTORS = List.of("In practice,", "Where this is not possible,",
            "As a rule,", "For high-risk systems,", "In addition,", "Since the last review,", "To keep this current,",
            "For third-party models,", "During an incident,", "When the data changes,");
    private static final List<String> NOUNS = List.of("Scope", "Purpose", "Responsibilities", "Data governance",
            "Model development", "Validation", "Deployment", "Monitoring", "Human oversight", "Transparency",
            "Fairness", "Robustness", "Security", "Privacy", "Incident handling", "Supplier management",
            "Change management", "Records", "Training", "Review and approval", "Exceptions", "Metrics",
            "Retirement", "Communication");
    private static final List<String> ADJECTIVES = List.of("Quarterly", "Annual", "Operational", "Technical",
            "Independent", "Continuous", "Pre-release", "Post-incident", "Cross-functional", "Risk-based");
    private static final List<String> CELL_WORDS = List.of("accuracy", "recall", "precision", "AUC", "latency",
            "override rate", "complaint rate", "drift (PSI)", "coverage", "false positive rate", "uptime",
            "approval rate gap", "calibration error", "escalations");
    private static final List<String> STATES = List.of("met", "met", "met", "watch", "not met", "n/a");

    private final Random random;

    Prose(long seed) {
        this.random = new Random(seed);
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** One sentence; ends with a full stop. */
    String sentence() {
        StringBuilder s = new StringBuilder();
        if (chance(30)) {
            s.append(pick(CONNECTORS)).append(' ');
            String subject = pick(SUBJECTS);
            s.append(Character.toLowerCase(subject.charAt(0))).append(subject.substring(1));
        } else {
            s.append(pick(SUBJECTS));
        }
        s.append(' ').append(pick(VERBS)).append(' ').append(pick(OBJECTS)).append(' ').append(pick(QUALIFIERS));
        if (chance(25)) {
            s.append(", and ").append(pick(VERBS)).append(' ').append(pick(OBJECTS));
        }
        if (chance(15)) {
            s.append(" (threshold ").append(between(1, 20)).append(" %)");
        }
        return s.append('.').toString();
    }

    /** A short list item: a phrase without a full stop. */
    String phrase() {
        String verb = pick(VERBS);
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " " + pick(OBJECTS) + " "
                + pick(QUALIFIERS);
    }

    String heading() {
        return chance(40) ? pick(ADJECTIVES) + " " + pick(NOUNS).toLowerCase(java.util.Locale.ROOT) : pick(NOUNS);
    }

    String metric() {
        return pick(CELL_WORDS);
    }

    String state() {
        return pick(STATES);
    }

    /** A date in 2026 between January and October, so that nothing is overdue on 2026-11-22 with a 12-month cycle. */
    String date() {
        return String.format(java.util.Locale.ROOT, "2026-%02d-%02d", between(1, 10), between(1, 28));
    }

    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
