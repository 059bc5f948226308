#include "adapters/SeverityRows.h"

#include "RouteColours.h"

#include <QCoreApplication>

namespace hiernet::studio {

QString predictorName(evaluation::Predictor predictor)
{
    switch (predictor) {
    case evaluation::Predictor::Backbone:
        return QCoreApplication::translate("hiernet::studio::SeverityRows", "Backbone");
    case evaluation::Predictor::SameBudgetBackbone:
        return QCoreApplication::translate("hiernet::studio::SeverityRows", "Backbone, same budget");
    case evaluation::Predictor::HierNetFast:
        return QCoreApplication::translate("hiernet::studio::SeverityRows", "HierNet fast");
    case evaluation::Predictor::HierNetSlow:
        return QCoreApplication::translate("hiernet::studio::SeverityRows", "HierNet slow");
    }
    return {};
}

QColor predictorColour(evaluation::Predictor predictor)
{
    switch (predictor) {
    case evaluation::Predictor::Backbone:
        return widgets::backboneColour;
    case evaluation::Predictor::SameBudgetBackbone:
        return widgets::sameBudgetColour;
    case evaluation::Predictor::HierNetFast:
        return widgets::fastColour;
    case evaluation::Predictor::HierNetSlow:
        return widgets::slowColour;
    }
    return {};
}

} // namespace hiernet::studio
