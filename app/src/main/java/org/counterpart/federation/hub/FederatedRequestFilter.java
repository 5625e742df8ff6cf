package org.counterpart.federation.hub;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.counterpart.audit.AuditEvent;
import org.counterpart.audit.AuditTrail;
import org.counterpart.core.pki.Credentials;
import org.counterpart.core.pki.Party;
import org.counterpart.core.pki.SignedRequest;
import org.counterpart.federation.FederationProperties;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admits a federation request only when it came over the mutual-TLS port with a regional
 * certificate, claims the party that certificate names, carries that party's valid signature, is
 * fresh, and has not been seen before. Every refusal is audited.
 */
final class FederatedRequestFilter extends OncePerRequestFilter {

  private final FederationProperties properties;
  private final Nonces nonces;
  private final AuditTrail audit;
  private final Clock clock;

  FederatedRequestFilter(
      FederationProperties properties, Nonces nonces, AuditTrail audit, Clock clock) {
    this.properties = properties;
    this.nonces = nonces;
    this.audit = audit;
    this.clock = clock;
  }

  /** Why a request was refused, with the HTTP status that says so. */
  private record Refusal(int status, String reason) {}

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getLocalPort() != properties.resolvedPort()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    X509Certificate certificate = clientCertificate(request).orElse(null);
    if (certificate == null) {
      refuse(request, response, "unknown", new Refusal(401, "no client certificate"));
      return;
    }
    Optional<Party> certified = Credentials.partyOf(certificate);
    if (certified.isEmpty() || !(certified.get() instanceof Party.Node node)) {
      refuse(
          request,
          response,
          certificate.getSubjectX500Principal().getName(),
          new Refusal(403, "certificate names no node"));
      return;
    }
    if (request.getContentLengthLong() > properties.resolvedMaxBodyBytes()) {
      refuse(request, response, node.uri(), new Refusal(413, "request body too large"));
      return;
    }
    byte[] body = request.getInputStream().readNBytes(properties.resolvedMaxBodyBytes() + 1);
    if (body.length > properties.resolvedMaxBodyBytes()) {
      refuse(request, response, node.uri(), new Refusal(413, "request body too large"));
      return;
    }
    var headers =
        new SignedRequest.Headers(
            nullToEmpty(request.getHeader(SignedRequest.PARTY_HEADER)),
            nullToEmpty(request.getHeader(SignedRequest.TIMESTAMP_HEADER)),
            nullToEmpty(request.getHeader(SignedRequest.NONCE_HEADER)),
            nullToEmpty(request.getHeader(SignedRequest.SIGNATURE_HEADER)));
    Refusal refusal = check(node, certificate, headers, request, body);
    if (refusal != null) {
      refuse(request, response, node.uri(), refusal);
      return;
    }
    SecurityContextHolder.getContext()
        .setAuthentication(new FederatedParty(node, fingerprint(certificate), certificate));
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private @org.jspecify.annotations.Nullable Refusal check(
      Party.Node node,
      X509Certificate certificate,
      SignedRequest.Headers headers,
      HttpServletRequest request,
      byte[] body) {
    if (!node.uri().equals(headers.party())) {
      return new Refusal(403, "certificate of " + node + " used to claim " + headers.party());
    }
    Instant sent;
    try {
      sent = Instant.ofEpochSecond(Long.parseLong(headers.timestamp()));
    } catch (NumberFormatException e) {
      return new Refusal(401, "missing or malformed timestamp");
    }
    Duration skew = Duration.between(sent, clock.instant()).abs();
    if (skew.compareTo(properties.resolvedRequestWindow()) > 0) {
      return new Refusal(401, "timestamp outside the accepted window");
    }
    if (!headers.nonce().matches("[0-9a-f]{32}")) {
      return new Refusal(401, "missing or malformed nonce");
    }
    if (!SignedRequest.verify(
        certificate.getPublicKey(), headers, request.getMethod(), request.getRequestURI(), body)) {
      return new Refusal(401, "signature does not verify");
    }
    if (!nonces.firstUse(node.uri(), headers.nonce())) {
      return new Refusal(409, "replayed request");
    }
    return null;
  }

  private void refuse(
      HttpServletRequest request, HttpServletResponse response, String who, Refusal refusal)
      throws IOException {
    audit.recordSeparately(
        AuditEvent.of(who, "federation.request.refused", "endpoint", request.getRequestURI())
            .outcome("denied")
            .details(refusal.reason()));
    response.setStatus(refusal.status());
    response.setContentType("application/problem+json");
    response
        .getWriter()
        .write(
            "{\"type\":\"urn:counterpart:problem:federation-refused\",\"status\":"
                + refusal.status()
                + ",\"detail\":\""
                + refusal.reason().replace("\"", "'")
                + "\"}");
  }

  private static Optional<X509Certificate> clientCertificate(HttpServletRequest request) {
    Object chain = request.getAttribute("jakarta.servlet.request.X509Certificate");
    if (chain instanceof X509Certificate[] certificates && certificates.length > 0) {
      return Optional.of(certificates[0]);
    }
    return Optional.empty();
  }

  static String fingerprint(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    } catch (CertificateEncodingException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint a certificate", e);
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  /** Lets the controller read a body that the filter has already read to check the signature. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(
          new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
