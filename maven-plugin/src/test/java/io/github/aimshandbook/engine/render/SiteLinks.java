package io.github.aimshandbook.engine.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Crawls a generated handbook and lists every relative link or image that does not lead to a file. */
public final class SiteLinks {

    private SiteLinks() {
    }

    public static List<String> broken(Path site) {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element e : doc.select("a[href], img[src], link[href], script[src]")) {
                    String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                    if (url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || url.startsWith("//")) {
                        continue;
                    }
                    String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
                    String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
                    Path target = path.isEmpty() ? page : page.getParent().resolve(
                            URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                    String where = site.relativize(page) + " -> " + url;
                    if (path.endsWith("/") || !Files.isRegularFile(target) || !target.startsWith(site)) {
                        broken.add(where);
                    } else if (!fragment.isEmpty() && target.toString().endsWith(".html")
                            && Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment) == null) {
                        broken.add(where + " (no element with id " + fragment + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return broken;
    }
}
