/* The C reference for the Dice kernel: one 1024-bit query against 100,000 encodings, popcount of
   the AND, on one core. Build and run: gcc -O3 -march=native -o /tmp/dice bench/src/main/c/dice.c
   && /tmp/dice  (prints comparisons per second, median of 15 runs). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define N 100000
#define WORDS 16

static uint64_t next(uint64_t *s) { *s ^= *s << 13; *s ^= *s >> 7; *s ^= *s << 17; return *s; }
static int cmp(const void *a, const void *b) { double x = *(double *)a, y = *(double *)b; return (x > y) - (x < y); }

int main(void) {
  uint64_t *data = malloc(sizeof(uint64_t) * N * WORDS);
  int *counts = calloc(N, sizeof(int));
  uint64_t seed = 88172645463325252ULL, query[WORDS];
  for (long i = 0; i < (long)N * WORDS; i++) {
    data[i] = (next(&seed) & next(&seed)) | (next(&seed) & next(&seed) & next(&seed));
    counts[i / WORDS] += __builtin_popcountll(data[i]);
  }
  int qc = 0;
  for (int w = 0; w < WORDS; w++) { query[w] = data[(N / 2) * WORDS + w]; qc += __builtin_popcountll(query[w]); }
  double rates[15], sink = 0;
  for (int run = 0; run < 15; run++) {
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int reps = 20;
    for (int r = 0; r < reps; r++) {
      double best = 0;
      for (long i = 0; i < N; i++) {
        int both = 0;
        const uint64_t *e = data + i * WORDS;
        for (int w = 0; w < WORDS; w++) both += __builtin_popcountll(query[w] & e[w]);
        double score = 2.0 * both / (qc + counts[i]);
        if (score > best) best = score;
      }
      sink += best;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double seconds = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    rates[run] = reps * (double)N / seconds;
  }
  qsort(rates, 15, sizeof(double), cmp);
  printf("C reference: %.0f million comparisons per second (median of 15), checksum %.3f\n", rates[7] / 1e6, sink);
  return 0;
}
