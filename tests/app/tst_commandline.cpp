// Unit tests of CommandLine, depotctl's argument splitter: words and options in any order, values
// taken whatever they look like, and a clear error for what it cannot accept.

#include "app/cli/commandline.h"

#include <QTest>

using depot::app::CommandLine;
using depot::app::OptionSpec;

namespace {

QList<OptionSpec> specs()
{
    return {{QStringLiteral("data-dir"), QStringLiteral("DIR")},
            {QStringLiteral("qty"), QStringLiteral("Q")},
            {QStringLiteral("barcode"), QStringLiteral("CODE")},
            {QStringLiteral("json"), {}},
            {QStringLiteral("help"), {}}};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void wordsAndOptionsInAnyOrder()
    {
        CommandLine cl(specs());
        QVERIFY(cl.parse({"move", "--qty", "3", "adjust", "--json", "--data-dir=/tmp/x"}));
        QCOMPARE(cl.words(), QStringList({"move", "adjust"}));
        QCOMPARE(cl.givenOptions(), QStringList({"qty", "json", "data-dir"}));
        QVERIFY(cl.isSet("json"));
        QVERIFY(!cl.isSet("barcode"));
        QCOMPARE(cl.value("qty"), QStringLiteral("3"));
        QCOMPARE(cl.value("data-dir"), QStringLiteral("/tmp/x"));
        QVERIFY(cl.errorText().isEmpty());
    }

    void valueIsTheNextArgumentWhateverItLooksLike()
    {
        CommandLine cl(specs());
        QVERIFY(cl.parse({"move", "adjust", "--qty", "-2", "--barcode", "--json"}));
        QCOMPARE(cl.value("qty"), QStringLiteral("-2"));
        QCOMPARE(cl.value("barcode"), QStringLiteral("--json"));
        QVERIFY(!cl.isSet("json"));
        QCOMPARE(cl.words(), QStringList({"move", "adjust"}));
    }

    void emptyValuesAreSetButEmpty()
    {
        CommandLine cl(specs());
        QVERIFY(cl.parse({"--data-dir", "", "--qty="}));
        QVERIFY(cl.isSet("data-dir"));
        QVERIFY(!cl.value("data-dir").isNull());
        QVERIFY(cl.value("data-dir").isEmpty());
        QVERIFY(cl.isSet("qty"));
        QVERIFY(cl.value("qty").isEmpty());
        QVERIFY(cl.value("barcode").isNull()); // not given
    }

    void repeatedOptionsKeepEveryValue()
    {
        CommandLine cl(specs());
        QVERIFY(cl.parse({"--barcode", "1", "--barcode=2", "--qty", "1", "--qty", "5"}));
        QCOMPARE(cl.values("barcode"), QStringList({"1", "2"}));
        QCOMPARE(cl.value("qty"), QStringLiteral("5")); // the last one
        QCOMPARE(cl.givenOptions().count("qty"), 2);
        QVERIFY(cl.values("json").isEmpty());
    }

    void doubleDashEndsOptionsAndDashIsAWord()
    {
        CommandLine cl(specs());
        QVERIFY(cl.parse({"stock", "-", "--", "--json", "-x"}));
        QCOMPARE(cl.words(), QStringList({"stock", "-", "--json", "-x"}));
        QVERIFY(cl.givenOptions().isEmpty());
    }

    void shortHelp()
    {
        CommandLine cl(specs());
        QVERIFY(cl.parse({"move", "-h"}));
        QVERIFY(cl.isSet("help"));
        QCOMPARE(cl.words(), QStringList({"move"}));
    }

    void spec()
    {
        CommandLine cl(specs());
        QVERIFY(cl.spec("qty") && cl.spec("qty")->takesValue());
        QVERIFY(cl.spec("json") && !cl.spec("json")->takesValue());
        QVERIFY(!cl.spec("colour"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("inError");
        QTest::newRow("unknown long option") << QStringList{"stock", "--colour", "red"} << "'--colour'";
        QTest::newRow("unknown with value") << QStringList{"--colour=red"} << "'--colour'";
        QTest::newRow("unknown short option") << QStringList{"stock", "-x"} << "'-x'";
        QTest::newRow("bare double dash name") << QStringList{"---qty", "1"} << "'---qty'";
        QTest::newRow("value missing at the end") << QStringList{"move", "--qty"} << "needs a value (Q)";
        QTest::newRow("flag given a value") << QStringList{"--json=yes"} << "does not take a value";
        QTest::newRow("flag given an empty value") << QStringList{"--json="} << "does not take a value";
        QTest::newRow("empty option name") << QStringList{"--=x"} << "'--'";
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, inError);
        CommandLine cl(specs());
        QVERIFY(!cl.parse(args));
        QVERIFY2(cl.errorText().contains(inError), qPrintable(cl.errorText()));
    }

    void parseStartsAfresh()
    {
        CommandLine cl(specs());
        QVERIFY(!cl.parse({"--bogus"}));
        QVERIFY(cl.parse({"stock", "--json"}));
        QVERIFY(cl.errorText().isEmpty());
        QCOMPARE(cl.words(), QStringList({"stock"}));
        QCOMPARE(cl.givenOptions(), QStringList({"json"}));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
