// Base-map test support: the demo store with its town map, a local port nothing listens on (for
// tile-failure tests that never leave the machine), and a colour distance for pixel checks.
#pragma once

#include <QColor>
#include <QString>

namespace lagesbild::basemaptest
{

//! The demo store with its town map beside it, written once per test process.
const QString &demoStore();

//! A port on 127.0.0.1 that nothing listens on (bound once, then closed).
quint16 closedPort();

//! Sum of the red, green and blue differences.
double colourDistance(const QColor &a, const QColor &b);

} // namespace lagesbild::basemaptest
