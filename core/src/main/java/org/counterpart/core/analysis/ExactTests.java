package org.counterpart.core.analysis;

/**
 * Exact binomial tail probabilities (through the regularized incomplete beta function, so that
 * millions of trials cost no more than ten) and the conditional test of two Poisson rates.
 */
public final class ExactTests {

  private ExactTests() {}

  /**
   * The two-sided p-value of {@code x} events in one period against {@code baseline} events in
   * {@code periods} previous periods, under equal Poisson rates: conditional on the total {@code n
   * = x + baseline}, {@code x} is Binomial(n, 1/(periods+1)) (Przyborowski and Wilenski's exact
   * test, which needs no estimate of the rate). Two-sided by doubling the smaller tail, capped at
   * 1.
   */
  public static double twoRates(long x, long baseline, int periods) {
    long n = x + baseline;
    if (n == 0) {
      return 1;
    }
    double p = 1.0 / (periods + 1);
    double upper = atLeast(x, n, p);
    double lower = 1 - atLeast(x + 1, n, p);
    return Math.min(1, 2 * Math.min(upper, lower));
  }

  /** One-sided p-value of a rise: P(X >= x) for the same conditional binomial. */
  public static double rise(long x, long baseline, int periods) {
    return atLeast(x, x + baseline, 1.0 / (periods + 1));
  }

  /** P(X >= x) for X ~ Binomial(n, p): the regularized incomplete beta I_p(x, n - x + 1). */
  static double atLeast(long x, long n, double p) {
    if (x <= 0) {
      return 1;
    }
    if (x > n) {
      return 0;
    }
    return incompleteBeta(x, n - x + 1, p);
  }

  private static double incompleteBeta(double a, double b, double x) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(a, b, x) / a;
    }
    return 1 - front * continuedFraction(b, a, 1 - x) / b;
  }

  /** Lentz's evaluation of the incomplete beta's continued fraction. */
  private static double continuedFraction(double a, double b, double x) {
    double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 100_000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      h *= d * c;
      aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-14) {
        break;
      }
    }
    return h;
  }

  /** Lanczos approximation (g = 7, n = 9), good to about 15 digits. */
  static double logGamma(double x) {
    double[] c = {
      0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
      -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
      1.5056327351493116e-7
    };
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    x -= 1;
    double a = c[0];
    double t = x + 7.5;
    for (int i = 1; i < 9; i++) {
      a += c[i] / (x + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
