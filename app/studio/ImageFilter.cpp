#include "ImageFilter.h"

#include <algorithm>

namespace hiernet::studio {

QVector<int> filterImages(const evaluation::HierNetEvaluation& e, const ImageFilter& f)
{
    QVector<int> result;
    for (int i = 0; i < int(e.count); ++i) {
        const auto k = std::size_t(i);
        const bool correct = e.fast[k] == e.labels[k];
        switch (f.outcome) {
        case ImageFilter::Outcome::All: break;
        case ImageFilter::Outcome::Correct:
            if (!correct)
                continue;
            break;
        case ImageFilter::Outcome::Misrouted:
            if (e.leftPathAt[k] < 0)
                continue;
            break;
        case ImageFilter::Outcome::WrongInGroup:
            if (correct || e.leftPathAt[k] >= 0)
                continue;
            break;
        case ImageFilter::Outcome::FastSlowDisagree:
            if (e.fast[k] == e.slow[k])
                continue;
            break;
        }
        if (f.trueClass >= 0 && e.labels[k] != f.trueClass)
            continue;
        if (f.leftPathAt >= 0 && e.leftPathAt[k] != f.leftPathAt)
            continue;
        if (f.node >= 0) {
            const auto t = std::size_t(f.node);
            if (t >= e.nodeTrueChild.size() || e.nodeTrueChild[t][k] != f.trueChild || e.nodeChoice[t][k] != f.chosenChild)
                continue;
        }
        result << i;
    }
    if (f.order != ImageFilter::Order::Index) {
        const bool ascending = f.order == ImageFilter::Order::ConfidenceAscending;
        std::stable_sort(result.begin(), result.end(), [&](int a, int b) {
            const double ca = e.confidence[std::size_t(a)], cb = e.confidence[std::size_t(b)];
            return ascending ? ca < cb : ca > cb;
        });
    }
    return result;
}

QString imagesCsv(const evaluation::HierNetEvaluation& e, const QVector<int>& images, const std::vector<std::string>& classNames)
{
    auto quoted = [](const std::string& text) {
        QString q = QString::fromStdString(text);
        q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    };
    QString csv = QStringLiteral("index,true,fast,slow,left_path_at,confidence\n");
    for (int i : images) {
        const auto k = std::size_t(i);
        const int left = e.leftPathAt[k];
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                   .arg(i)
                   .arg(quoted(classNames[std::size_t(e.labels[k])]), quoted(classNames[std::size_t(e.fast[k])]), quoted(classNames[std::size_t(e.slow[k])]),
                        left >= 0 ? quoted(e.nodes[std::size_t(left)].name) : QString())
                   .arg(e.confidence[k], 0, 'f', 6);
    }
    return csv;
}

} // namespace hiernet::studio
