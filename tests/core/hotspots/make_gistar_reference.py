#!/usr/bin/python3
"""Reference values for test_getisordgistar.cpp (run with Debian's python3 + numpy; prints C++).

An independent, deliberately plain implementation: a dense n×n binary weight matrix from the
Euclidean distances between cell centres (self included, d <= band), and the Gi* z-score exactly
as R spdep's localG() computes it for a listw with include.self() and style "B"
(spdep/R/localG.R, gstari branch):
    xibar = mean(x); si2 = sum((x - xibar)^2) / n
    Wi = rowSums(W); S1i = rowSums(W^2)
    z = (W %*% x - Wi * xibar) / sqrt(si2 * (n * S1i - Wi^2) / (n - 1))
p = 2 * (1 - Phi(|z|)); p_fdr as R's p.adjust(p, "BH"), written out as the textbook
definition min_{k >= rank(i)} n p_(k) / k in O(n^2).
"""
import math
import numpy as np

COLUMNS, ROWS, CELL = 8, 6, 50.0
FIRST_COLUMN, FIRST_ROW = 10000, 130000  # grid aligned at x = 500000, y = 6500000


def counts():
    # A deterministic pattern: a cluster around column 2, row 3, a smaller one at column 6, row 1.
    rng = np.random.RandomState(7)
    x = np.zeros((ROWS, COLUMNS))
    for r in range(ROWS):
        for c in range(COLUMNS):
            x[r, c] = max(0, int(9 * math.exp(-((c - 2) ** 2 + (r - 3) ** 2) / 3.0)
                              + 4 * math.exp(-((c - 6) ** 2 + (r - 1) ** 2) / 1.5)
                              + rng.randint(0, 3) - 1))
    return x.reshape(-1)  # row-major, row 0 = south


def gistar(x, band):
    n = x.size
    cx = np.array([(FIRST_COLUMN + k % COLUMNS + 0.5) * CELL for k in range(n)])
    cy = np.array([(FIRST_ROW + k // COLUMNS + 0.5) * CELL for k in range(n)])
    d = np.sqrt((cx[:, None] - cx[None, :]) ** 2 + (cy[:, None] - cy[None, :]) ** 2)
    w = (d <= band * (1 + 1e-9)).astype(float)
    xibar = x.mean()
    si2 = ((x - xibar) ** 2).sum() / n
    wi = w.sum(axis=1)
    s1i = (w ** 2).sum(axis=1)
    z = (w @ x - wi * xibar) / np.sqrt(si2 * (n * s1i - wi ** 2) / (n - 1))
    p = np.array([math.erfc(abs(v) / math.sqrt(2)) for v in z])
    order = sorted(range(n), key=lambda k: p[k])
    rank = {k: r + 1 for r, k in enumerate(order)}
    fdr = np.array([min(1.0, min(n * p[order[j - 1]] / j for j in range(rank[k], n + 1))) for k in range(n)])
    return z, p, fdr, wi


def emit(name, values):
    body = ",\n    ".join(", ".join(repr(float(v)) for v in values[i:i + 4]) for i in range(0, len(values), 4))
    print(f"const std::vector<double> {name} = {{\n    {body}}};")


x = counts()
emit("kCounts", x)
for band in (75.0, 100.0):
    z, p, fdr, wi = gistar(x, band)
    tag = int(band)
    emit(f"kZ{tag}", z)
    emit(f"kP{tag}", p)
    emit(f"kPFdr{tag}", fdr)
    emit(f"kNeighbours{tag}", wi)
