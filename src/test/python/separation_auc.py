# AUCs for calibrating synth --separation: reads the CSV of SeparationCalibration (Java, src/test) and
# prints single-feature AUCs and 5-fold cross-validated ridge-logistic AUCs (5 repeats) of the clinical
# factors, the texture features and both. Usage: python3 separation_auc.py features.csv
import sys, numpy as np
d = np.genfromtxt(sys.argv[1], delimiter=',', names=True)
y = d['label']
def auc(s, y):
    pos = s[y==1]; neg = s[y==0]
    return (np.sum(pos[:,None] > neg[None,:]) + 0.5*np.sum(pos[:,None]==neg[None,:]))/len(pos)/len(neg)
def logit_cv(X, y, k=5, lam=1.0, seed=0):
    rng = np.random.default_rng(seed); idx = rng.permutation(len(y)); folds = np.array_split(idx, k)
    s = np.zeros(len(y))
    for f in folds:
        tr = np.setdiff1d(idx, f); mu = X[tr].mean(0); sd = X[tr].std(0)+1e-9
        Xt = np.c_[np.ones(len(tr)), (X[tr]-mu)/sd]; w = np.zeros(Xt.shape[1])
        for it in range(200):
            p = 1/(1+np.exp(-Xt@w)); g = Xt.T@(p-y[tr]) + lam*np.r_[0,w[1:]]
            H = Xt.T@(Xt*(p*(1-p))[:,None]) + lam*np.diag(np.r_[0,np.ones(len(w)-1)])
            w -= np.linalg.solve(H, g)
        s[f] = np.c_[np.ones(len(f)), (X[f]-mu)/sd]@w
    return auc(s, y)
for c in ['diam','het','irr','ill','rating','vox','t1cv','t1rough','t2cv','t2rough','cecv','cerough','t1rough2','t2rough2']:
    print(c, round(auc(d[c], y),3))
clin = np.c_[d['diam'], d['het'], d['irr'], d['ill']]
print('clinical (heterogeneous + shape) CV AUC', round(np.mean([logit_cv(np.c_[d['het'], d['irr']], y, seed=s) for s in range(5)]),3))
print('clinical CV AUC', round(np.mean([logit_cv(clin, y, seed=s) for s in range(5)]),3))
rad = np.c_[np.log(d['vox']), d['t1cv'], d['t1rough'], d['t2cv'], d['t2rough'], d['cecv'], d['cerough'], d['t1rough2'], d['t2rough2']]
print('radiomics CV AUC', round(np.mean([logit_cv(rad, y, seed=s) for s in range(5)]),3))
print('combined CV AUC', round(np.mean([logit_cv(np.c_[rad, clin], y, seed=s) for s in range(5)]),3))
print('dice range', d['dice'].min(), d['dice'].max())
