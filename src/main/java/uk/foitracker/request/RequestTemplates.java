package uk.foitracker.request;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The queue and request pages, shared by officers and auditors (templates/requests/). */
@CheckedTemplate(basePath = "requests")
class RequestTemplates {
  static native TemplateInstance queue(QueuePage page);

  /** {@code banner}: the success message after an action, or null. */
  static native TemplateInstance show(RequestPage page, String banner);
}
