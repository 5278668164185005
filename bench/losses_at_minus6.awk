# For bench/mixalign_robustness.sh: reads the closing tables of several `asd sweep` runs
# (one per noise seed) and prints, for each noise at -6 dB, the AUC points each detector
# lost against the clean data as mean ± standard deviation, the least mean loss in
# brackets, and in how many of the sweeps each detector lost the least.
/^condition/ {
  ++tables
  for (i = 2; i <= NF; i++) name[i - 1] = $i
  next
}
/@ -6 dB/ {
  # Detectors are matched by name: the first table has an osscl column the others lack.
  k = 0
  for (i = 2; i <= NF; i++)
    if ($i ~ /^\([-+][0-9.]+\)$/) {
      v = substr($i, 2, length($i) - 2) + 0
      d = name[++k]
      if (!(d in known)) { known[d] = 1; order[++detectorCount] = d }
      if (!($1 in seen)) { seen[$1] = 1; conds[++condCount] = $1 }
      loss[tables, $1, d] = v; sum[$1, d] += v; sq[$1, d] += v * v; n[$1, d]++
    }
}
END {
  # Only the detectors in every sweep are compared.
  for (k = 1; k <= detectorCount; k++)
    if (n[conds[1], order[k]] == tables) kept[++keptCount] = order[k]
  printf "%-12s", "noise"
  for (k = 1; k <= keptCount; k++) printf "  %22s", kept[k]
  print ""
  for (c = 1; c <= condCount; c++) {
    cond = conds[c]; best = ""
    for (t = 1; t <= tables; t++) {
      top = ""
      for (k = 1; k <= keptCount; k++)
        if (top == "" || loss[t, cond, kept[k]] > loss[t, cond, top]) top = kept[k]
      wins[cond, top]++
    }
    for (k = 1; k <= keptCount; k++) {
      d = kept[k]
      m[d] = sum[cond, d] / n[cond, d]
      sd[d] = n[cond, d] > 1 ? sqrt((sq[cond, d] - n[cond, d] * m[d] * m[d]) / (n[cond, d] - 1)) : 0
      if (best == "" || m[d] > m[best]) best = d
    }
    printf "%-12s", cond
    for (k = 1; k <= keptCount; k++) {
      d = kept[k]
      printf "  %s%6.2f ± %4.2f%s (%d/%d)", d == best ? "[" : " ", m[d], sd[d], d == best ? "]" : " ", wins[cond, d], tables
    }
    print ""
  }
}
