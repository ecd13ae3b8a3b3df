package uk.foitracker.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "olive", roles = "officer")
class LeicesterImportTest {
  static final Path SEED = Path.of("..", "shared", "seed", "leicester-cse-cce-response.txt");

  @Test
  void dump() throws IOException {
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    String id =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("text", text))
            .post("/api/imports")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getString("id");
    String ref =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("channel", "EMAIL"))
            .post("/api/imports/" + id + "/confirm")
            .then()
            .extract()
            .jsonPath()
            .getString("reference");
    String draft = given().get("/api/responses/" + ref).then().extract().asString();
    String seeded =
        given().get("/api/cases/leicester-cse-cce-2015-2024").then().extract().asString();
    Files.writeString(Path.of("target", "leicester-draft.json"), draft);
    Files.writeString(Path.of("target", "leicester-seeded.json"), seeded);
    assertThat(ref).isNotBlank();
  }
}
