#!/usr/bin/env Rscript
# Expected values for org.spinelab.nomogram tests, computed with R (glm, glmnet, rms).
# Run from the repository root:  Rscript src/test/r/nomogram_reference.R
# Writes the input data AND the expected values to src/test/resources/nomogram/ (both committed;
# CI does not run R).
#
# Rules documented here because the Java code must follow them:
# * Hosmer-Lemeshow: the rule of ResourceSelection::hoslem.test (g = 10): breaks =
#   unique(quantile(p, seq(0, 1, 1/g))) (type 7), cut(..., include.lowest = TRUE) (right-closed),
#   chi2 = sum over groups and both outcomes of (O - E)^2 / E, df = g - 2 (always g - 2, as
#   hoslem.test does). ResourceSelection is not packaged in Debian, so the rule is written out below.
# * glmnet fits use thresh = 1e-14 (maxit = 1e7) so that the reference is the converged optimum of glmnet's
#   objective rather than glmnet's default stopping point (thresh = 1e-7).
suppressMessages({ library(glmnet); library(rms); library(jsonlite) })
out <- "src/test/resources/nomogram"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
wcsv <- function(df, name) write.csv(df, file.path(out, name), row.names = FALSE, quote = FALSE)
wjson <- function(x, name) writeLines(toJSON(x, digits = NA, auto_unbox = TRUE, pretty = TRUE), file.path(out, name))

hoslem <- function(y, p, g = 10) {
  qq <- unique(quantile(p, probs = seq(0, 1, 1 / g)))
  cutp <- cut(p, breaks = qq, include.lowest = TRUE)
  o1 <- tapply(y, cutp, sum); o0 <- tapply(1 - y, cutp, sum)
  e1 <- tapply(p, cutp, sum); e0 <- tapply(1 - p, cutp, sum)
  chi2 <- sum((o1 - e1)^2 / e1 + (o0 - e0)^2 / e0)
  list(chi2 = chi2, df = g - 2, p = 1 - pchisq(chi2, g - 2), groups = length(qq) - 1)
}

## 1. Logistic regression (clinical-factor style model) --------------------------------------
set.seed(20240501)
mk <- function(n) {
  d <- data.frame(radscore = round(rnorm(n, 0, 1.3), 6), hetero = rbinom(n, 1, 0.5),
                  shape = rbinom(n, 1, 0.4), age = round(rnorm(n, 60, 10), 1))
  lp <- -0.5 + 1.4 * d$radscore + 0.9 * d$hetero + 0.7 * d$shape + 0.01 * (d$age - 60)
  d$label <- rbinom(n, 1, plogis(lp))
  d
}
train <- mk(150); valid <- mk(80)
wcsv(train, "logit_train.csv"); wcsv(valid, "logit_valid.csv")
fit <- glm(label ~ radscore + hetero + shape + age, family = binomial, data = train,
           control = glm.control(epsilon = 1e-14, maxit = 100))
s <- summary(fit)$coefficients
ci <- confint.default(fit)
coefs <- data.frame(name = rownames(s), estimate = s[, 1], se = s[, 2], z = s[, 3], p = s[, 4],
                    or = exp(s[, 1]), or_lo = exp(ci[, 1]), or_hi = exp(ci[, 2]))
wcsv(coefs, "logit_coefficients.csv")
ptrain <- fitted(fit)
hl <- hoslem(train$label, ptrain)
pvalid <- predict(fit, newdata = valid, type = "response")
hlv <- hoslem(valid$label, pvalid)
# val.prob: apparent calibration intercept and slope of the validation predictions.
vp <- val.prob(pvalid, valid$label, pl = FALSE)
# rms::calibrate's smoother: lowess(iter = 0) evaluated at predy = seq(p[5], p[n-4], length = 50).
ps <- sort(ptrain); n <- length(ps)
predy <- seq(ps[5], ps[n - 4], length = 50)
smo <- lowess(ptrain, train$label, iter = 0)
cal <- approx(smo, xout = predy, ties = function(x) x[1])$y
wcsv(data.frame(predy = predy, calibrated = cal), "calibration_apparent.csv")
wcsv(data.frame(x = smo$x, y = smo$y), "lowess_train.csv")
# lowess with R's defaults (f = 2/3, iter = 3 robustness steps) on a continuous, tied response.
smo3 <- lowess(train$age, train$radscore)
wcsv(data.frame(x = smo3$x, y = smo3$y), "lowess_iter3.csv")
# rms::calibrate itself (bootstrap, B = 400): its random resamples cannot be reproduced in Java, so the
# test only checks that the bias-corrected curve agrees within Monte-Carlo error.
set.seed(99)
lf4 <- lrm(label ~ radscore + hetero + shape + age, data = train, x = TRUE, y = TRUE)
cb <- calibrate(lf4, method = "boot", B = 400)
wcsv(data.frame(predy = cb[, "predy"], apparent = cb[, "calibrated.orig"], corrected = cb[, "calibrated.corrected"]),
     "calibrate_boot.csv")
wjson(list(n = nrow(train), hosmer_lemeshow = hl, hosmer_lemeshow_valid = hlv,
           val_prob_valid = list(intercept = unname(vp["Intercept"]), slope = unname(vp["Slope"])),
           deviance = deviance(fit), null_deviance = fit$null.deviance, aic = AIC(fit)),
      "logit_summary.json")
wcsv(data.frame(p_train = ptrain), "logit_fitted.csv")

## 2. ANOVA F (sklearn f_classif) and LASSO (glmnet) -------------------------------------------
set.seed(7)
nl <- 100; pl <- 25
z <- rnorm(nl)
X <- sapply(1:pl, function(j) (0.5 * z + rnorm(nl)) * (j %% 4 + 1) * 3 + j * 10)
colnames(X) <- sprintf("f%02d", 1:pl)
lpl <- 0.3 + 0.15 * (X[, 1] - mean(X[, 1])) - 0.1 * (X[, 2] - mean(X[, 2])) +
  0.05 * (X[, 5] - mean(X[, 5])) + 0.08 * (X[, 7] - mean(X[, 7]))
yl <- rbinom(nl, 1, plogis(lpl))
X <- cbind(X, const = 5)  # constant column: glmnet leaves it at 0
fold <- sample(rep(1:5, length.out = nl))
wcsv(data.frame(label = yl, fold = fold, X), "lasso_data.csv")
Xf <- X[, 1:pl]
an <- t(sapply(1:pl, function(j) { a <- summary(aov(Xf[, j] ~ factor(yl)))[[1]]; c(a$`F value`[1], a$`Pr(>F)`[1]) }))
wcsv(data.frame(feature = colnames(Xf), F = an[, 1], p = an[, 2]), "anova_f.csv")

coef_long <- function(fit) {
  b <- as.matrix(coef(fit))
  do.call(rbind, lapply(seq_len(ncol(b)), function(k)
    data.frame(step = k, lambda = fit$lambda[k], feature = rownames(b), coefficient = b[, k])))
}
lams <- c(0.08, 0.03, 0.01)
g1 <- glmnet(X, yl, family = "binomial", lambda = lams, thresh = 1e-14, maxit = 1e7)
wcsv(coef_long(g1), "glmnet_given_lambda.csv")
gpath <- glmnet(X, yl, family = "binomial", thresh = 1e-14, maxit = 1e7)
wcsv(coef_long(gpath), "glmnet_path.csv")
cv <- cv.glmnet(X, yl, family = "binomial", foldid = fold, thresh = 1e-14, maxit = 1e7)
wcsv(data.frame(lambda = cv$lambda, cvm = cv$cvm, cvsd = cv$cvsd), "cv_glmnet_curve.csv")
b1se <- as.matrix(coef(cv, s = "lambda.1se")); bmin <- as.matrix(coef(cv, s = "lambda.min"))
wjson(list(lambda_min = cv$lambda.min, lambda_1se = cv$lambda.1se, n_lambda = length(cv$lambda),
           lambda_max = gpath$lambda[1], path_length = length(gpath$lambda)), "cv_glmnet.json")
wcsv(data.frame(feature = rownames(bmin), coef_min = bmin[, 1], coef_1se = b1se[, 1]), "cv_glmnet_coefficients.csv")

# n < p: lambda.min.ratio = 0.01 on the default path.
set.seed(11)
ns <- 40; pw <- 60
W <- matrix(rnorm(ns * pw), ns, pw) * rep(seq(1, 3, length.out = pw), each = ns)
colnames(W) <- sprintf("w%02d", 1:pw)
yw <- rbinom(ns, 1, plogis(0.8 * W[, 1] - 0.6 * W[, 2] / 1.03))
wcsv(data.frame(label = yw, W), "lasso_wide.csv")
gw <- glmnet(W, yw, family = "binomial", thresh = 1e-14, maxit = 1e7)
wcsv(coef_long(gw), "glmnet_wide_path.csv")

# The paper's chain on the same data: ICC filter (given) -> ANOVA p < 0.05 -> SelectKBest(k = 6)
# -> glmnet at lambda = 0.02.
icc_pass <- colnames(Xf)[c(1, 2, 3, 5, 7, 8, 9, 10, 12, 15, 18, 20, 22)]
pv <- setNames(an[, 2], colnames(Xf)); Fv <- setNames(an[, 1], colnames(Xf))
step1 <- icc_pass[pv[icc_pass] < 0.05]
k <- 6
step2 <- step1[order(-Fv[step1])][1:min(k, length(step1))]
step2 <- colnames(Xf)[colnames(Xf) %in% step2]  # SelectKBest keeps the table's column order
gc <- glmnet(Xf[, step2, drop = FALSE], yl, family = "binomial", lambda = 0.02, thresh = 1e-14, maxit = 1e7)
bc <- as.matrix(coef(gc))
radscore <- drop(cbind(1, Xf[, step2, drop = FALSE]) %*% bc[, 1])
wjson(list(icc_pass = icc_pass, anova_pass = step1, kbest = step2, k = k, lambda = 0.02,
           coefficients = setNames(as.list(bc[, 1]), rownames(bc))), "chain.json")
wcsv(data.frame(radscore = radscore), "chain_radscore.csv")

## 3. Nomogram points (rms::nomogram) --------------------------------------------------------
dd <- datadist(train)
dd$limits["Low:prediction", "radscore"] <- min(train$radscore)
dd$limits["High:prediction", "radscore"] <- max(train$radscore)
options(datadist = "dd")
lf <- lrm(label ~ radscore + hetero + shape, data = train, x = TRUE, y = TRUE)
nom <- nomogram(lf, fun = plogis, funlabel = "Probability of metastasis")
info <- attr(nom, "info")
pts <- do.call(rbind, lapply(c("radscore", "hetero", "shape"), function(v)
  data.frame(predictor = v, value = nom[[v]][[v]], points = unname(nom[[v]]$points))))
wcsv(pts, "nomogram_points.csv")
patient <- list(radscore = 1.234, hetero = 1, shape = 0)
b <- coef(lf)
ppts <- sapply(names(patient), function(v) { xs <- nom[[v]][[v]]; xb <- b[[v]] * xs; info$sc * (b[[v]] * patient[[v]] - min(xb)) })
lp_patient <- predict(lf, newdata = as.data.frame(patient))
wjson(list(coefficients = as.list(b), sc = info$sc, lp_at_zero_points = unname(info$Intercept),
           patient = patient, patient_points = as.list(ppts), patient_total = sum(ppts),
           patient_lp = unname(lp_patient), patient_probability = unname(plogis(lp_patient)),
           prob_axis = list(points = nom$`Probability of metastasis`$x, prob = nom$`Probability of metastasis`$x.real,
                            # rms finds these positions by numerical inversion (~1e-5 points); the exact rule:
                            points_exact = (qlogis(nom$`Probability of metastasis`$x.real) - info$Intercept) * info$sc),
           total_points_axis = nom$total.points$x), "nomogram.json")
# R's pretty(x, n = 10), used by rms for the axis ticks.
pr <- list(c(-2.2147, 2.4016), c(0, 1), c(0.013, 0.987), c(-37.2, 1250.5), c(3.3, 3.31), c(-0.004, 0.0071))
wjson(lapply(pr, function(r) list(lo = r[1], hi = r[2], ticks = pretty(r, n = 10))), "pretty.json")
cat("done\n")
