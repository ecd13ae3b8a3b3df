package uk.foitracker.security;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** GETs every page reachable by links from the start pages, as the current test identity. */
final class Crawl {
  private Crawl() {}

  /** url -> body of every response (HTML pages, and the CSV/Atom/JSON files they link to). */
  static Map<String, String> from(int max, String... start) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, Integer> perPath = new LinkedHashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty() && out.size() < max) {
      String url = queue.poll();
      if (out.containsKey(url)) {
        continue;
      }
      Response r = given().redirects().follow(false).get(url);
      String body = r.asString();
      out.put(url, body);
      String type = r.contentType() == null ? "" : r.contentType();
      if (!type.startsWith("text/html")) {
        continue;
      }
      Document page = Jsoup.parse(body);
      for (Element a : page.select("a[href], link[href]")) {
        String href = a.attr("href").replaceAll("#.*$", "");
        if (!href.startsWith("/")
            || href.startsWith("//")
            || href.startsWith("/sign-out")
            || href.startsWith("/static/")
            || href.startsWith("/assets/")
            || href.startsWith("/webjars/")) {
          continue;
        }
        String path = href.replaceAll("\\?.*$", "");
        if (perPath.merge(path, 1, Integer::sum) <= 3) {
          queue.add(href);
        }
      }
    }
    return out;
  }
}
