#pragma once
#include <QString>
#include <QVector>
#include <QWidget>

namespace hiernet::widgets {

/// Labelled horizontal bars for probabilities (0…1): one row per entry, the chosen entry bold and
/// blue, the true one marked green.
class ProbabilityBars : public QWidget {
    Q_OBJECT

public:
    struct Bar {
        QString label;
        double value = 0;
        bool chosen = false;
        bool isTrue = false;
    };

    explicit ProbabilityBars(QWidget* parent = nullptr);
    void setBars(const QString& title, const QVector<Bar>& bars);
    QString title() const { return m_title; }
    const QVector<Bar>& bars() const { return m_bars; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;
    QString m_title;
    QVector<Bar> m_bars;
};

} // namespace hiernet::widgets
