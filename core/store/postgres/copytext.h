// CopyText: values written in PostgreSQL's COPY text format, shared by the store's batch insert
// and push: NULL as \N; backslash, tab, newline and carriage return escaped.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace lagesbild::CopyText
{

//! Appends text (an empty text is NULL).
void appendText(QByteArray &row, const QString &text);
//! Appends a whole number, or NULL.
void appendNumber(QByteArray &row, std::optional<std::int64_t> value);

} // namespace lagesbild::CopyText
