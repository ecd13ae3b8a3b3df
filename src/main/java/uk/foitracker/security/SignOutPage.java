package uk.foitracker.security;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * "Sign out": a POST from the form in the header (with its CSRF token; a GET does nothing, so a
 * link or image elsewhere cannot sign anyone out). It ends the session server-side ({@link
 * SignedOutSessions}), so a copy of the session cookie is refused afterwards, removes the cookie
 * and goes to the home page. A GET shows a page with the button.
 */
@Path("/sign-out")
public class SignOutPage {
  private final SecurityIdentity identity;
  private final SignedOutSessions sessions;
  private final Instance<OidcSession> oidc;

  SignOutPage(SecurityIdentity identity, SignedOutSessions sessions, Instance<OidcSession> oidc) {
    this.identity = identity;
    this.sessions = sessions;
    this.oidc = oidc;
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance confirm();
  }

  /**
   * A page with the sign-out button, for the header's link where its form cannot be shown (an error
   * page answered before the CSRF filter ran). Signs nobody out by itself.
   */
  @GET
  @Produces(MediaType.TEXT_HTML)
  public TemplateInstance confirm() {
    return Templates.confirm();
  }

  @POST
  @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
  public Response signOut() {
    if (!identity.isAnonymous()) {
      sessions.signOut(identity);
      if (SignedOutSessions.key(identity).isPresent() && oidc.isResolvable()) {
        oidc.get().logout().await().indefinitely();
      }
    }
    return Response.seeOther(URI.create("/")).header("Cache-Control", "no-store").build();
  }
}
