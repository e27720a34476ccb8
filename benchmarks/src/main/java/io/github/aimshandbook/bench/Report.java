package io.github.aimshandbook.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Formats the harness's results as Markdown: the targets with figure, anchor and verdict, then every case. */
final class Report {

    private Report() {
    }

    static String write(Map<String, Harness.Row> rows, List<String> notes, int runs, String version) {
        StringBuilder s = new StringBuilder();
        s.append("# Benchmark results\n\n");
        s.append(Machine.describe()).append("  \nPlugin ").append(version).append("; median of ").append(runs)
                .append(" run(s) per case; whole processes; our builds with -Xmx1g.\n\n");
        s.append("## Targets\n\n");
        s.append("| target | measured | anchor (same run) | verdict |\n|---|---|---|---|\n");
        Harness.Row validate = rows.get("validate");
        Harness.Row mdLarge = rows.get("md-large");
        Harness.Row mdSmall = rows.get("md-small");
        Harness.Row adocLarge = rows.get("adoc-large");
        Harness.Row adocSmall = rows.get("adoc-small");
        Harness.Row mkLarge = rows.get("mkdocs-large");
        Harness.Row mkSmall = rows.get("mkdocs-small");
        Harness.Row adLarge = rows.get("asciidoctor-large");
        Harness.Row adSmall = rows.get("asciidoctor-small");
        if (mdLarge != null) {
            target(s, "1,000 Markdown docs + 100 systems + 300 risks + 2,000 evidence to HTML: under 10 s wall",
                    sec(mdLarge), mkLarge == null ? "" : "MkDocs " + sec(mkLarge), ok(mdLarge)
                            && wall(mdLarge) < 10_000);
            if (mkLarge != null) {
                target(s, "... faster than MkDocs on the same 1,000 documents", sec(mdLarge), "MkDocs "
                        + sec(mkLarge), ok(mdLarge) && wall(mdLarge) < wall(mkLarge));
            }
            target(s, "... with at most 1 GiB heap", heap(mdLarge), "", ok(mdLarge)
                    && mdLarge.median().heapPeakMb() <= 1024);
        }
        if (adocLarge != null && adLarge != null) {
            target(s, "The same 1,000 documents as AsciiDoc: no slower than asciidoctor-maven-plugin process-asciidoc",
                    sec(adocLarge), "asciidoctor-maven-plugin " + sec(adLarge), ok(adocLarge)
                            && wall(adocLarge) <= wall(adLarge));
        }
        if (validate != null && mdLarge != null && mdSmall != null) {
            double r = ratio(mdLarge, mdSmall, validate);
            String anchor = mkLarge != null && mkSmall != null ? String.format(Locale.ROOT,
                    "MkDocs %.1fx (%s / %s)", wall(mkLarge) / (double) wall(mkSmall), sec(mkLarge), sec(mkSmall)) : "";
            target(s, "Linear growth, Markdown: 10x content costs at most 10x the time above Maven's own start",
                    String.format(Locale.ROOT, "%.1fx ((%s - %s) / (%s - %s))", r, sec(mdLarge), sec(validate),
                            sec(mdSmall), sec(validate)), anchor, r <= 10);
        }
        if (validate != null && adocLarge != null && adocSmall != null) {
            double r = ratio(adocLarge, adocSmall, validate);
            String anchor = adLarge != null && adSmall != null ? String.format(Locale.ROOT,
                    "asciidoctor-maven-plugin %.1fx", ratio(adLarge, adSmall, validate)) : "";
            target(s, "Linear growth, AsciiDoc", String.format(Locale.ROOT, "%.1fx ((%s - %s) / (%s - %s))", r,
                    sec(adocLarge), sec(validate), sec(adocSmall), sec(validate)), anchor, r <= 10);
        }
        if (mdLarge != null && mdSmall != null) {
            String small = mdSmall.extra().getOrDefault("per document page", "?");
            String large = mdLarge.extra().getOrDefault("per document page", "?");
            String anchor = mkLarge != null && mkSmall != null ? "MkDocs " + mkSmall.extra()
                    .getOrDefault("per document page", "?") + " -> " + mkLarge.extra()
                    .getOrDefault("per document page", "?") : "";
            target(s, "Output size per document stays bounded (100 -> 1,000 docs)", small + " -> " + large, anchor,
                    kb(large) <= 1.5 * kb(small));
        }
        if (mdLarge != null) {
            Harness.Row serial = rows.get("serial-large");
            String identical = serial == null ? "not measured" : serial.extra().getOrDefault("identical to parallel",
                    "?");
            double used = mdLarge.median().cpuSeconds() * 1000 / wall(mdLarge);
            target(s, "Both cores used: rendering parallel, output identical to a serial run",
                    String.format(Locale.ROOT, "%.2f cores busy on average over the whole process; render %s;"
                            + " one-CPU run %s, output identical: %s", used, stage(mdLarge, "render"),
                            serial == null ? "?" : sec(serial) + " (render " + stage(serial, "render") + ")",
                            identical), "", used >= 1.6 && identical.startsWith("yes"));
        }
        Harness.Row rebuild = rows.get("rebuild-large");
        if (rebuild != null && validate != null) {
            target(s, "Rebuild with nothing changed: at most 1 s more than an empty mvn validate", sec(rebuild),
                    "mvn validate " + sec(validate), ok(rebuild) && wall(rebuild) <= wall(validate) + 1000);
        }
        Harness.Row check = rows.get("check-large");
        if (check != null && validate != null) {
            target(s, "aims:check on the large corpus: under 3 s more than an empty mvn validate", sec(check)
                    + " " + check.median().stages(), "mvn validate " + sec(validate), ok(check)
                            && wall(check) < wall(validate) + 3000);
        }
        Harness.Row pdf = rows.get("pdf-300");
        if (pdf != null) {
            target(s, "PDF of a generated ~300-page AIMS: well under 30 s and 1 GiB heap", sec(pdf) + ", "
                    + pdf.extra().getOrDefault("PDF", "?") + ", render " + stage(pdf, "render") + ", "
                    + heap(pdf), "", ok(pdf) && wall(pdf) < 30_000 && pdf.median().heapPeakMb() <= 1024);
        }
        Harness.Row site = rows.get("pdf-site-example");
        if (site != null) {
            target(s, "PDF of site-example (figure only)", sec(site) + ", " + site.extra().getOrDefault("PDF", "?")
                    + ", render " + stage(site, "render") + ", " + heap(site), "", ok(site));
        }

        s.append("\n## Every case\n\n");
        s.append("| case | what | wall median (min-max) | CPU | peak RSS | heap peak / max live | GC pauses | load |"
                + " link | check | render | write | findings | other processes' CPU | more |\n");
        s.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Harness.Row r : rows.values()) {
            Measured m = r.median();
            long min = r.runs().stream().mapToLong(Measured::wallMillis).min().orElse(0);
            long max = r.runs().stream().mapToLong(Measured::wallMillis).max().orElse(0);
            s.append("| ").append(r.name()).append(" | ").append(r.what()).append(" | ")
                    .append(ok(r) ? "" : "FAILED ").append(sec(r)).append(String.format(Locale.ROOT,
                            " (%.1f-%.1f)", min / 1000.0, max / 1000.0)).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f s", m.cpuSeconds())).append(" | ")
                    .append(m.maxRssKb() / 1024).append(" MB | ")
                    .append(m.heapPeakMb() < 0 ? "" : m.heapPeakMb() + " / " + m.heapLiveMb() + " MB").append(" | ")
                    .append(m.gcPauseMillis() < 0 ? "" : String.format(Locale.ROOT, "%.1f s",
                            m.gcPauseMillis() / 1000.0)).append(" | ");
            for (String stage : List.of("load", "link", "check", "render", "write")) {
                s.append(stage(r, stage)).append(" | ");
            }
            s.append(m.findings()).append(" | ").append(String.format(Locale.ROOT, "%.1f s",
                    m.foreignCpuSeconds())).append(" | ");
            r.extra().forEach((k, v) -> s.append(k).append(": ").append(v).append("; "));
            s.append("|\n");
        }
        if (!notes.isEmpty()) {
            s.append("\n## Notes\n\n");
            notes.forEach(n -> s.append("- ").append(n).append('\n'));
        }
        return s.toString();
    }

    private static void target(StringBuilder s, String target, String measured, String anchor, boolean met) {
        s.append("| ").append(target).append(" | ").append(measured).append(" | ").append(anchor).append(" | ")
                .append(met ? "met" : "**missed**").append(" |\n");
    }

    private static boolean ok(Harness.Row r) {
        return r.median().ok();
    }

    private static long wall(Harness.Row r) {
        return r.median().wallMillis();
    }

    private static String sec(Harness.Row r) {
        return String.format(Locale.ROOT, "%.1f s", r.median().wallMillis() / 1000.0);
    }

    private static String heap(Harness.Row r) {
        return "heap peak " + r.median().heapPeakMb() + " MB (max live " + r.median().heapLiveMb()
                + " MB) under -Xmx1g, " + (ok(r) ? "succeeded" : "FAILED");
    }

    private static String stage(Harness.Row r, String stage) {
        Long v = r.median().stages().get(stage);
        return v == null ? "" : String.format(Locale.ROOT, "%.1f s", v / 1000.0);
    }

    private static double ratio(Harness.Row large, Harness.Row small, Harness.Row base) {
        return (wall(large) - wall(base)) / (double) Math.max(1, wall(small) - wall(base));
    }

    private static double kb(String figure) {
        try {
            return Double.parseDouble(figure.replaceAll("^([\\d.]+).*", "$1"));
        } catch (NumberFormatException e) {
            return Double.MAX_VALUE;
        }
    }
}
