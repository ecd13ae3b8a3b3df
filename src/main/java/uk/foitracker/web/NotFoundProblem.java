package uk.foitracker.web;

/**
 * What was asked for does not exist (a reference, a question, a published case): HTTP 404. Services
 * throw this rather than JAX-RS's {@code NotFoundException}, so that only resources depend on
 * JAX-RS; {@link ErrorMappers} answers it as a page or a problem document like any other 404.
 */
public class NotFoundProblem extends RuntimeException {
  public NotFoundProblem(String message) {
    super(message);
  }
}
