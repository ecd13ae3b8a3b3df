package uk.foitracker.request;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import uk.foitracker.request.Views.QueuePage;
import uk.foitracker.request.Views.RequestPage;

/** The queue and request pages, shared by officers and auditors (templates/requests/). */
@CheckedTemplate(basePath = "requests")
class RequestTemplates {
  static native TemplateInstance queue(QueuePage page);

  static native TemplateInstance show(RequestPage page);
}
