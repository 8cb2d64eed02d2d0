package org.vigie.collect.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory and cancels the download as soon as it passes a limit, so
 * that a huge or endless body costs at most the limit.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

  /** Signals a body over the limit; the fetcher turns it into {@code TOO_LARGE}. */
  static final class TooLarge extends IOException {
    TooLarge(String message) {
      super(message);
    }
  }

  private final long limit;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  BoundedBodySubscriber(long limit, long declaredLength) {
    this.limit = limit;
    if (declaredLength > limit) {
      result.completeExceptionally(
          new TooLarge(
              "response declares "
                  + declaredLength
                  + " bytes, over the limit of "
                  + limit
                  + " bytes"));
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (result.isDone()) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
    if (bytes.size() > limit) {
      subscription.cancel();
      result.completeExceptionally(
          new TooLarge("response body exceeds the limit of " + limit + " bytes"));
      return;
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }
}
