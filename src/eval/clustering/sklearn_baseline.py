"""The baseline a data scientist would write: TF-IDF, cosine distance, average-linkage agglomerative clustering.

Reads JSON on stdin: {"datasets": {name: {"dev": [[{"text", "gold"}...] per group], "eval": [[{"text"}...]...]}}}.
The distance threshold is tuned per dataset on the dev groups (best pooled B-cubed F1 over a grid; the grid is
scanned by cutting one SciPy average-linkage tree per group, the same algorithm as scikit-learn's, which keeps it
fast), then the eval groups are clustered by scikit-learn's AgglomerativeClustering with that threshold. Writes {"datasets": {name: {"threshold": t, "devF1": f, "labels": [[...] per group]}}}.
Runs with Debian's python3-sklearn (/usr/bin/python3).
"""
import json
import sys
from collections import Counter

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import pdist
from sklearn.cluster import AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

GRID = [round(0.30 + 0.025 * i, 3) for i in range(28)]  # cosine distance 0.30 .. 0.975


def vectors(texts):
    return TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts).toarray()


def cuts(texts):
    """Labels at every grid threshold from one average-linkage tree."""
    if len(texts) < 2:
        return {t: [0] * len(texts) for t in GRID}
    distances = np.nan_to_num(pdist(vectors(texts), metric="cosine"), nan=1.0)
    tree = linkage(distances, method="average")
    # scikit-learn merges while the linkage distance is below the threshold; fcluster keeps merges at or below it.
    return {t: fcluster(tree, t - 1e-12, criterion="distance").tolist() for t in GRID}


def cluster(texts, threshold):
    if len(texts) < 2:
        return [0] * len(texts)
    matrix = vectors(texts)
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
    )
    return model.fit_predict(matrix).tolist()


def bcubed_f1(predicted, gold):
    joint = Counter(zip(predicted, gold))
    psize = Counter(predicted)
    gsize = Counter(gold)
    p = sum(n * n / psize[a] for (a, _), n in joint.items()) / len(gold)
    r = sum(n * n / gsize[b] for (_, b), n in joint.items()) / len(gold)
    return 2 * p * r / (p + r) if p + r else 0.0


def document(article):
    return (article.get("title", "") + "\n" + article["text"]).strip()


def main():
    request = json.load(sys.stdin)
    answer = {}
    for name, data in request["datasets"].items():
        dev_groups = [[document(a) for a in group] for group in data["dev"]]
        dev_gold = [[f"{g}:{a['gold']}" for a in group] for g, group in enumerate(data["dev"])]
        gold = [label for group in dev_gold for label in group]
        best = (-1.0, GRID[0])
        trees = [cuts(texts) for texts in dev_groups]
        for threshold in GRID:
            predicted = []
            for g, labels in enumerate(trees):
                predicted += [f"{g}:{label}" for label in labels[threshold]]
            score = bcubed_f1(predicted, gold)
            if score > best[0]:
                best = (score, threshold)
        labels = [cluster([document(a) for a in group], best[1]) for group in data["eval"]]
        answer[name] = {"threshold": best[1], "devF1": best[0], "labels": labels}
    json.dump({"datasets": answer}, sys.stdout)


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
