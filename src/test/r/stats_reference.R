# Reference values for org.spinelab.stats, computed with R (stats, pROC, psych).
#
# Run from the repository root:   Rscript src/test/r/stats_reference.R
# Writes the input data (CSV) and R's results (JSON) under src/test/resources/stats/.
# Inputs are rounded to a few decimals before use so that the CSV files hold them exactly.
# The Java tests (src/test/java/org/spinelab/stats) read both and compare.

suppressPackageStartupMessages({
  library(pROC)
  library(psych)
  library(jsonlite)
})

out <- "src/test/resources/stats"
dir.create(out, recursive = TRUE, showWarnings = FALSE)
wjson <- function(x, name) {
  writeLines(toJSON(x, digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null"),
             file.path(out, name))
}
wcsv <- function(d, name) write.csv(d, file.path(out, name), row.names = FALSE, quote = FALSE)

# ---------------------------------------------------------------- ROC data sets
set.seed(20240521)
# 1. unequal groups, ties: A rounded to 1 decimal, B continuous, C a 1-5 rating (many ties)
n1 <- 25; n0 <- 15
lab <- c(rep(1, n1), rep(0, n0))
A <- round(c(rnorm(n1, 1.0), rnorm(n0, 0)), 1)
B <- round(A * 0.5 + rnorm(n1 + n0, 0, 0.8), 4)
C <- pmin(5, pmax(1, round(2.5 + 1.2 * lab + rnorm(n1 + n0, 0, 1.1))))
roc_ties <- data.frame(label = lab, A = A, B = B, C = C)
# 2. tiny: 3 cases, 4 controls
roc_small <- data.frame(label = c(1, 0, 1, 0, 0, 1, 0),
                        a = c(0.9, 0.2, 0.4, 0.4, 0.1, 0.7, 0.8),
                        b = c(3, 1, 2, 2, 2, 1, 3))
# 3. perfect separation in P, noisy Q
lab3 <- c(rep(1, 12), rep(0, 10))
P <- round(c(runif(12, 0.6, 1), runif(10, 0, 0.5)), 3)
Q <- round(P + rnorm(22, 0, 0.3), 3)
roc_perfect <- data.frame(label = lab3, P = P, Q = Q)
# 4. constant score K and a weak score W (a control listed first, cases and controls interleaved)
lab4 <- c(0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0)
roc_constant <- data.frame(label = lab4, K = rep(2, 12),
                           W = round(0.3 * lab4 + rnorm(12, 0, 0.5), 3))
# 5. a larger second set for the unpaired test (validation vs external set)
n1b <- 60; n0b <- 45
lab5 <- c(rep(1, n1b), rep(0, n0b))
roc_large <- data.frame(label = lab5, A = round(c(rnorm(n1b, 0.7), rnorm(n0b, 0)), 3))

roc_sets <- list(roc_ties = roc_ties, roc_small = roc_small, roc_perfect = roc_perfect,
                 roc_constant = roc_constant, roc_large = roc_large)
for (nm in names(roc_sets)) wcsv(roc_sets[[nm]], paste0(nm, ".csv"))

roc_of <- function(d, s) roc(d$label, d[[s]], levels = c(0, 1), direction = "<", quiet = TRUE)
# thresholds as text: JSON has no infinity, and %.17g keeps every bit of the finite ones
thr_text <- function(x) ifelse(is.infinite(x), ifelse(x > 0, "Inf", "-Inf"), sprintf("%.17g", x))
roc_result <- function(d) {
  scores <- setdiff(names(d), "label")
  models <- list()
  for (s in scores) {
    r <- roc_of(d, s)
    ci <- suppressWarnings(ci.auc(r, method = "delong"))
    best <- coords(r, "best", best.method = "youden",
                   ret = c("threshold", "sensitivity", "specificity", "accuracy"), transpose = FALSE)
    allc <- coords(r, "all", ret = c("threshold", "specificity", "sensitivity"), transpose = FALSE)
    models[[s]] <- list(auc = as.numeric(auc(r)), var = suppressWarnings(var(r, method = "delong")),
                        ci95 = c(ci[1], ci[3]),
                        best = lapply(seq_len(nrow(best)), function(i) {
                          b <- as.list(best[i, ]); b$threshold <- thr_text(b$threshold); b }),
                        curve = list(threshold = thr_text(allc$threshold), fpr = 1 - allc$specificity,
                                     tpr = allc$sensitivity))
  }
  pairs <- list()
  if (length(scores) > 1) {
    for (i in 1:(length(scores) - 1)) for (j in (i + 1):length(scores)) {
      t <- roc.test(roc_of(d, scores[i]), roc_of(d, scores[j]), method = "delong", paired = TRUE)
      pairs[[length(pairs) + 1]] <- list(a = scores[i], b = scores[j],
                                         z = unname(t$statistic), p = t$p.value)
    }
  }
  list(n = nrow(d), models = models, delong = pairs)
}
roc_ref <- lapply(roc_sets, roc_result)
# unpaired DeLong: roc_ties$A vs roc_large$A, and roc_small$a vs roc_perfect$Q
unp <- function(d1, s1, d2, s2) {
  t <- roc.test(roc_of(d1, s1), roc_of(d2, s2), method = "delong", paired = FALSE)
  list(statistic = unname(t$statistic), df = unname(t$parameter), p = t$p.value)
}
roc_ref$unpaired <- list(
  ties_A_vs_large_A = unp(roc_ties, "A", roc_large, "A"),
  small_a_vs_perfect_Q = unp(roc_small, "a", roc_perfect, "Q"))
wjson(roc_ref, "roc_reference.json")

# ---------------------------------------------------------------- McNemar
# tables as c(a, b, c, d) = [[a, b], [c, d]]: b and c are the discordant pairs
mc_tables <- list(c(30, 12, 4, 20), c(10, 3, 3, 8), c(5, 1, 6, 9), c(40, 0, 2, 30),
                  c(50, 22, 9, 35), c(7, 0, 0, 5))
mc_ref <- lapply(mc_tables, function(t) {
  m <- matrix(t, 2, byrow = TRUE)
  r1 <- suppressWarnings(mcnemar.test(m, correct = TRUE))
  r0 <- suppressWarnings(mcnemar.test(m, correct = FALSE))
  b <- t[2]; c <- t[3]
  exact <- if (b + c > 0) binom.test(b, b + c, 0.5)$p.value else 1
  list(table = t, chi2_correct = unname(r1$statistic), p_correct = r1$p.value,
       chi2 = unname(r0$statistic), p = r0$p.value, p_exact = exact)
})
wjson(mc_ref, "mcnemar_reference.json")
# binom.test beyond p = 0.5 (the general two-sided rule)
bt <- list(c(3, 20, 0.3), c(9, 12, 0.5), c(0, 10, 0.2), c(17, 25, 0.45), c(10, 10, 0.7))
wjson(lapply(bt, function(v) list(x = v[1], n = v[2], prob = v[3],
                                  p = binom.test(v[1], v[2], v[3])$p.value)), "binom_reference.json")

# ---------------------------------------------------------------- two-group tests
set.seed(7)
groups <- list(
  normal = list(x = round(rnorm(12, 10, 2), 3), y = round(rnorm(9, 12, 4), 3)),
  ties = list(x = round(rnorm(15, 5, 1.5)), y = round(rnorm(11, 6, 1.5))),
  tiny = list(x = c(1.1, 2.3, 0.7, 3.9, 2.2), y = c(4.4, 3.1, 5.6, 6.0)),
  large = list(x = round(rnorm(60, 0, 1), 3), y = round(rnorm(55, 0.4, 1.3), 3)),
  separated = list(x = c(1, 2, 3, 4), y = c(5, 6, 7, 8, 9, 10)))
two_ref <- lapply(groups, function(g) {
  st <- t.test(g$x, g$y, var.equal = TRUE)
  we <- t.test(g$x, g$y, var.equal = FALSE)
  w_auto <- suppressWarnings(wilcox.test(g$x, g$y))
  w_c <- suppressWarnings(wilcox.test(g$x, g$y, exact = FALSE, correct = TRUE))
  w_nc <- suppressWarnings(wilcox.test(g$x, g$y, exact = FALSE, correct = FALSE))
  ties <- length(unique(c(g$x, g$y))) < length(c(g$x, g$y))
  w_ex <- if (!ties) wilcox.test(g$x, g$y, exact = TRUE)$p.value else NA
  list(x = g$x, y = g$y,
       student = list(t = unname(st$statistic), df = unname(st$parameter), p = st$p.value),
       welch = list(t = unname(we$statistic), df = unname(we$parameter), p = we$p.value),
       wilcox = list(W = unname(w_auto$statistic), p_auto = w_auto$p.value, p_exact = w_ex,
                     p_normal_correct = w_c$p.value, p_normal = w_nc$p.value),
       quantiles_x = unname(quantile(g$x, c(0.25, 0.5, 0.75))),
       mean_x = mean(g$x), sd_x = sd(g$x))
})
wjson(two_ref, "twogroup_reference.json")

# ---------------------------------------------------------------- contingency tables
ct <- list(t2x2 = matrix(c(12, 5, 7, 15), 2, byrow = TRUE),
           t2x2_small = matrix(c(3, 1, 1, 4), 2, byrow = TRUE),
           t2x2_zero = matrix(c(0, 6, 5, 2), 2, byrow = TRUE),
           t2x3 = matrix(c(10, 4, 6, 3, 9, 5), 2, byrow = TRUE),
           t3x2_small = matrix(c(2, 5, 4, 1, 3, 3), 3, byrow = TRUE),
           t3x3 = matrix(c(4, 2, 1, 1, 5, 2, 0, 2, 6), 3, byrow = TRUE),
           t2x2_large = matrix(c(100, 46, 60, 20), 2, byrow = TRUE))
ct_ref <- lapply(ct, function(m) {
  c1 <- suppressWarnings(chisq.test(m, correct = TRUE))
  c0 <- suppressWarnings(chisq.test(m, correct = FALSE))
  f <- fisher.test(m)
  list(table = lapply(seq_len(nrow(m)), function(i) m[i, ]),
       chi2_yates = unname(c1$statistic), p_yates = c1$p.value,
       chi2 = unname(c0$statistic), df = unname(c0$parameter), p = c0$p.value,
       min_expected = min(c0$expected), p_fisher = f$p.value)
})
wjson(ct_ref, "contingency_reference.json")

# ---------------------------------------------------------------- one-way ANOVA, Kruskal-Wallis
set.seed(11)
anova_sets <- list(
  three = list(round(rnorm(8, 5, 1), 3), round(rnorm(11, 5.8, 1.5), 3), round(rnorm(6, 4.7, 0.7), 3)),
  two = list(round(rnorm(14, 0, 1), 3), round(rnorm(10, 0.9, 1), 3)),
  ties4 = list(c(1, 2, 2, 3), c(2, 3, 3, 4, 4), c(1, 1, 2), c(4, 5, 5, 3, 4, 4)))
anova_ref <- lapply(anova_sets, function(gs) {
  v <- unlist(gs); g <- factor(rep(seq_along(gs), lengths(gs)))
  a <- summary(aov(v ~ g))[[1]]
  w <- oneway.test(v ~ g, var.equal = FALSE)
  k <- kruskal.test(v ~ g)
  list(groups = gs, F = a$`F value`[1], df1 = a$Df[1], df2 = a$Df[2], p = a$`Pr(>F)`[1],
       welch_F = unname(w$statistic), welch_df2 = unname(w$parameter[2]), welch_p = w$p.value,
       kw_H = unname(k$statistic), kw_p = k$p.value)
})
wjson(anova_ref, "anova_reference.json")

# ---------------------------------------------------------------- ICC (Shrout & Fleiss; psych::ICC)
set.seed(3)
subj <- rnorm(12, 10, 3)
icc_sets <- list(
  two = cbind(r1 = round(subj + rnorm(12, 0, 1), 3), r2 = round(subj + 0.8 + rnorm(12, 0, 1), 3)),
  three = cbind(r1 = round(subj + rnorm(12, 0, 1.5), 3), r2 = round(subj + rnorm(12, 0, 1.5), 3),
                r3 = round(subj - 1 + rnorm(12, 0, 1.5), 3)),
  poor = cbind(r1 = round(rnorm(10), 3), r2 = round(rnorm(10), 3)))
icc_ref <- lapply(icc_sets, function(m) {
  # lmer = FALSE: the classic two-way ANOVA mean squares of Shrout & Fleiss (1979); psych's default
  # (lmer = TRUE) estimates the variance components by REML instead (it differs for ICC1 and when a
  # variance component would be negative).
  r <- ICC(m, lmer = FALSE)$results
  list(ratings = lapply(seq_len(nrow(m)), function(i) unname(m[i, ])),
       results = lapply(seq_len(nrow(r)), function(i) list(
         type = r$type[i], icc = r$ICC[i], F = r$F[i], df1 = r$df1[i], df2 = r$df2[i], p = r$p[i],
         lower = r$`lower bound`[i], upper = r$`upper bound`[i])))
})
wjson(icc_ref, "icc_reference.json")
# the two readers of the "two" set as feature tables (CLI test): feature f1 = r1/r2, f2 = poor set
ids <- sprintf("case%02d", 1:12)
wcsv(data.frame(id = ids, f1 = icc_sets$two[, 1], f2 = c(icc_sets$poor[, 1], 0.5, -0.25)), "icc_reader1.csv")
wcsv(data.frame(id = rev(ids), f2 = rev(c(icc_sets$poor[, 2], 0.75, 0.1)), f1 = rev(icc_sets$two[, 2])),
     "icc_reader2.csv")
f2m <- cbind(c(icc_sets$poor[, 1], 0.5, -0.25), c(icc_sets$poor[, 2], 0.75, 0.1))
wjson(list(f1 = ICC(icc_sets$two, lmer = FALSE)$results$ICC[2], f2 = ICC(f2m, lmer = FALSE)$results$ICC[2]),
      "icc_cli_reference.json")

# ---------------------------------------------------------------- a "Table 1" for compare-groups
set.seed(5)
ng1 <- 30; ng0 <- 18
t1 <- data.frame(label = c(rep(1, ng1), rep(0, ng0)),
                 age = round(c(rnorm(ng1, 60, 11), rnorm(ng0, 63, 9))),
                 diameter = round(c(rlnorm(ng1, 3.2, 0.4), rlnorm(ng0, 3.0, 0.5)), 1),
                 sex = c(sample(c("M", "F"), ng1, TRUE, c(0.6, 0.4)), sample(c("M", "F"), ng0, TRUE)),
                 shape = c(sample(c("regular", "irregular", "lobulated"), ng1, TRUE, c(0.3, 0.5, 0.2)),
                           sample(c("regular", "irregular", "lobulated"), ng0, TRUE, c(0.6, 0.3, 0.1))))
wcsv(t1, "table1.csv")
g <- factor(t1$label, levels = c(0, 1))
tab_sex <- table(t1$sex, g); tab_shape <- table(t1$shape, g)
exp_min <- function(tb) min(suppressWarnings(chisq.test(tb, correct = FALSE))$expected)
cat_p <- function(tb) if (exp_min(tb) < 5) fisher.test(tb)$p.value else
  suppressWarnings(chisq.test(tb, correct = FALSE))$p.value
wjson(list(
  age = list(p_student = t.test(age ~ g, data = t1, var.equal = TRUE)$p.value,
             mean1 = mean(t1$age[t1$label == 1]), sd1 = sd(t1$age[t1$label == 1]),
             mean0 = mean(t1$age[t1$label == 0]), sd0 = sd(t1$age[t1$label == 0])),
  diameter = list(p_wilcox = suppressWarnings(wilcox.test(diameter ~ g, data = t1))$p.value,
                  q1 = unname(quantile(t1$diameter[t1$label == 1], c(0.25, 0.5, 0.75)))),
  sex = list(min_expected = exp_min(tab_sex), p = cat_p(tab_sex)),
  shape = list(min_expected = exp_min(tab_shape), p = cat_p(tab_shape))), "table1_reference.json")

cat("R", R.version.string, "pROC", as.character(packageVersion("pROC")),
    "psych", as.character(packageVersion("psych")), "\n")
