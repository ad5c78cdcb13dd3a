// DemoInterventions: the interventions of the Kungsör demo and their effect on the level of
// incidents at the places they target. The main one is the seed's basement: the housing
// company's reports about the basement at one address pile up in late summer 2020; police
// presence, guards and night walks are directed there for some weeks and it gets calmer.
#pragma once

#include "model/incident.h"
#include "model/reference.h"

#include <QDate>
#include <QString>

#include <vector>

namespace lagesbild::demo
{

class DemoPlaces;

class DemoInterventions
{
  public:
    //! The address of the problem basement.
    static QString basementAddress() { return QStringLiteral("Hagabergsvägen 12"); }
    //! The area the basement lies in.
    static QString basementArea() { return QStringLiteral("hagaberg"); }
    //! First day of the directed work at the basement (police presence, guards, night walks).
    static QDate basementInterventionStart() { return QDate(2020, 10, 5); }
    static QDate basementInterventionEnd() { return QDate(2020, 11, 1); }

    //! All interventions (ids 0: the store assigns them), in chronological order.
    static std::vector<Intervention> all(const DemoPlaces &places);

    //! Multiplier of the daily level at a place (by its code) on a day, from the problem
    //! build-up at the basement and the interventions' effects (and displacement).
    static double effect(const QString &placeCode, IncidentKind kind, const QDate &day);
};

} // namespace lagesbild::demo
