// Runs build/bin/lagesbild-cli (or $LAGESBILD_CLI) as a child process, as a user or a scheduled
// job would, and keeps its exit code, standard output and standard error; writes the Kungsör
// demo store once per test process (through the CLI's own `demo` command) for the commands
// that read it.
#pragma once

#include <QString>
#include <QStringList>

namespace lagesbild::clitest
{

struct CliRun
{
    int exitCode = -1;
    QString output;
    QString error;
};

//! Runs `lagesbild-cli ARGUMENTS...` in English with the offscreen platform; fails the test
//! when it does not finish within timeoutMs.
CliRun runCli(const QStringList &arguments, int timeoutMs = 180000);

//! A pristine Kungsör demo store written by `lagesbild-cli demo` once per process (read-only use).
QString demoStore();

//! A fresh copy of the demo store in directory (for commands that may write).
QString demoStoreCopy(const QString &directory);

} // namespace lagesbild::clitest
