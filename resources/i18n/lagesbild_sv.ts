<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>DateRange</name>
    <message>
        <source>Invalid date &quot;%1&quot; in &quot;%2&quot; (%3): write YYYY-MM-DD, e.g. 2021-03-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 does not exist (in &quot;%2&quot;, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty period: write FROM..TO, e.g. 2021-01-01..2021-12-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; lacks a start or end date: write FROM..TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period &quot;%1&quot; ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The scale must be a whole number of at least 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo generation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPlaces</name>
    <message>
        <source>Invalid demo input %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoStoreWriter</name>
    <message>
        <source>The store&apos;s taxonomy lacks codes the demo uses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store rejected %1 demo incidents as duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>The before and after periods must be at least one day long (got %1 and %2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention %1 has no end date, so there is no period after it; measure the after period from its start instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention %1 ends (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p &lt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the treated area had no incidents before the intervention, so nothing could drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the control area had no incidents in one of the periods, so there is no general trend to compare with and the displacement quotient cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the treated area had only %1 incidents in both periods together (at least %2 are needed), and a change that small can easily be chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few incidents to say anything: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No effect in the treated area: incidents there went %1, which is no drop compared with the control area (%2). Displacement is only measured when the treated area improved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffusion of benefits: the treated area improved compared with the control area (incidents there went %1, in the control area %2), and the surrounding buffer improved too (%3). WDQ = %4: the intervention seems to have helped beyond its own area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buffer even improved more than the treated area itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No displacement or diffusion: the treated area improved compared with the control area (incidents there went %1, in the control area %2), and the buffer changed like the control area (%3). WDQ = %4: the problem does not seem to have moved next door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial displacement: the treated area improved compared with the control area (incidents there went %1, in the control area %2), but some incidents seem to have moved to the buffer (%3). WDQ = %4: the displacement is smaller than the gain, so the net effect is still positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displacement larger than the effect: the treated area improved compared with the control area (incidents there went %1, in the control area %2), but the buffer got worse by more than that (%3). WDQ = %4: overall it is worse than if nothing had been done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change in the treated area is statistically significant (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change in the treated area could be chance (%1), so read this with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few incidents to say anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No effect in the treated area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffusion of benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No displacement or diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial displacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displacement larger than the effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buffer must be wider than 0 m (got %1 m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m around %2, %3 (EPSG:3006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention %1 names the area &apos;%2&apos;, which the store does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention %1 has neither a point with a radius nor an area, so there is no place to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control area &apos;%1&apos; is not in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, without the treated area and the buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all incidents outside the treated area and the buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no municipality area, so the control area is every incident outside the treated area and the buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The after period runs until %1, which is not over yet: its counts are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>The audit log could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GeoPackage contents table could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GeoPackage SQL functions could not be registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coordinates are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind is neither crime nor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time lies outside the years 1900 to 2199</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occurred_to lies before occurred_from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incidents could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field %2: unknown code &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spatial index %1 could not be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store query could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodComparison</name>
    <message>
        <source>Both periods must be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two periods cannot be compared day by day: their days differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPresets</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLayers</name>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map layers could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>No store is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimePatterns</name>
    <message>
        <source>A period must be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected day or hour key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Timme</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Veckodag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Period comparison: %1</source>
        <translation>Jämförelse mellan perioder: %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Per 30 days</source>
        <translation>Per 30 dagar</translation>
    </message>
    <message>
        <source>Change: %1 (%2), %3</source>
        <translation>Förändring: %1 (%2), %3</translation>
    </message>
    <message>
        <source>p: exact test of two Poisson counts, allowing for the periods&apos; lengths (two-sided).</source>
        <translation>p: exakt test av två Poissonantal med hänsyn till periodernas längd (tvåsidigt).</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Förändring %</translation>
    </message>
    <message>
        <source>p (FDR)</source>
        <translation>p (FDR)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>p (FDR): adjusted across the rows (Benjamini–Hochberg).</source>
        <translation>p (FDR): justerat över raderna (Benjamini–Hochberg).</translation>
    </message>
    <message>
        <source>Compare two periods (local days, both included) with an exact Poisson test.</source>
        <translation>Jämför två perioder (lokala dagar, båda inräknade) med ett exakt Poissontest.</translation>
    </message>
    <message>
        <source>The first period, e.g. 2020-01-01..2020-12-12.</source>
        <translation>Den första perioden, t.ex. 2020-01-01..2020-12-12.</translation>
    </message>
    <message>
        <source>The second period, e.g. 2021-01-01..2021-12-12.</source>
        <translation>Den andra perioden, t.ex. 2021-01-01..2021-12-12.</translation>
    </message>
    <message>
        <source>Break down by category, source, area, hour, weekday or month.</source>
        <translation>Dela upp per kategori, källa, område, timme, veckodag eller månad.</translation>
    </message>
    <message>
        <source>both --a and --b are required</source>
        <translation>både --a och --b krävs</translation>
    </message>
    <message>
        <source>unknown --by &quot;%1&quot;: use none, category, source, area, hour, weekday or month</source>
        <translation>okänt --by &quot;%1&quot;: använd none, category, source, area, hour, weekday eller month</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Time patterns %1: %2, %3 in total</source>
        <translation>Tidsmönster %1: %2, totalt %3</translation>
    </message>
    <message>
        <source>Hour of day (local time) × weekday</source>
        <translation>Timme på dygnet (lokal tid) × veckodag</translation>
    </message>
    <message>
        <source>%1 (%2 per day)</source>
        <translation>%1 (%2 per dag)</translation>
    </message>
    <message>
        <source>Busiest hours: %1</source>
        <translation>Mest belastade timmar: %1</translation>
    </message>
    <message>
        <source>Busiest weekdays: %1</source>
        <translation>Mest belastade veckodagar: %1</translation>
    </message>
    <message>
        <source>Busiest days: %1</source>
        <translation>Mest belastade dagar: %1</translation>
    </message>
    <message>
        <source>Time patterns of one period: hour × weekday, month, category, source.</source>
        <translation>Tidsmönster för en period: timme × veckodag, månad, kategori, källa.</translation>
    </message>
    <message>
        <source>The period, local days, both included: 2021-01-01..2021-12-31.</source>
        <translation>Perioden, lokala dagar, båda inräknade: 2021-01-01..2021-12-31.</translation>
    </message>
    <message>
        <source>--period is required</source>
        <translation>--period krävs</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not in the store (known: %3)</source>
        <translation>--%1 &quot;%2&quot; finns inte i databasen (kända: %3)</translation>
    </message>
    <message>
        <source>Reported crimes, lägesbild reports or all (default).</source>
        <translation>Anmälda brott, lägesbildsrapporter eller alla (standard).</translation>
    </message>
    <message>
        <source>Only this category code (repeatable, or comma-separated).</source>
        <translation>Bara denna kategorikod (kan upprepas eller kommasepareras).</translation>
    </message>
    <message>
        <source>Only this source code (repeatable, or comma-separated).</source>
        <translation>Bara denna källkod (kan upprepas eller kommasepareras).</translation>
    </message>
    <message>
        <source>Only this area code (repeatable, or comma-separated).</source>
        <translation>Bara denna områdeskod (kan upprepas eller kommasepareras).</translation>
    </message>
    <message>
        <source>Only these local hours: a span over midnight 18-02 or a list 8,9,10.</source>
        <translation>Bara dessa lokala timmar: ett spann över midnatt 18-02 eller en lista 8,9,10.</translation>
    </message>
    <message>
        <source>Only these ISO weekdays (1 Monday … 7 Sunday): 5,6 or 1-5.</source>
        <translation>Bara dessa ISO-veckodagar (1 måndag … 7 söndag): 5,6 eller 1-5.</translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;: use crime, report or all</source>
        <translation>okänt --kind &quot;%1&quot;: använd crime, report eller all</translation>
    </message>
    <message>
        <source>bad --hours &quot;%1&quot;: write a span such as 18-02 or a list such as 8,9,10</source>
        <translation>felaktigt --hours &quot;%1&quot;: skriv ett spann som 18-02 eller en lista som 8,9,10</translation>
    </message>
    <message>
        <source>bad --weekdays &quot;%1&quot;: write ISO weekdays 1-7 such as 5,6 or 1-5</source>
        <translation>felaktigt --weekdays &quot;%1&quot;: skriv ISO-veckodagar 1-7 som 5,6 eller 1-5</translation>
    </message>
    <message>
        <source>crimes and reports</source>
        <translation>brott och rapporter</translation>
    </message>
    <message>
        <source>reported crimes</source>
        <translation>anmälda brott</translation>
    </message>
    <message>
        <source>lägesbild reports</source>
        <translation>lägesbildsrapporter</translation>
    </message>
    <message>
        <source>(outside named areas)</source>
        <translation>(utanför namngivna områden)</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augusti</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output: table (default), json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;: use table, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2: %3, %4: %5, change %6 (%7)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Kungsör demo store: synthetic, deterministic incidents, areas and interventions that reproduce the seed&apos;s figures (N times the incidents for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply the number of incidents by N (1..%1), keeping the shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace STORE when it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; use --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the Kungsör demo (scale %1) to %2 in %3 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  incidents: %1 (%2 reported crimes, %3 reports), %4..%5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  areas: %1, interventions: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed figures, counted in the store:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All content is synthetic: no real person or incident (see data/README.md).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of intervention %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention period: %1 – %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated area:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer:        %1 m outside the treated area
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control area:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During:        %1 (not compared)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:         %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p-value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success measure (Ra/Ca − Rb/Cb):       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer displacement (Ba/Ca − Bb/Cb):   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not meaningful: no measurable effect in the treated area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted displacement quotient (WDQ):  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total net effect (incidents avoided):  %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per week in the treated area, the buffer and the control area (ISO weeks)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up an intervention: incidents in the treated area, a buffer around it and a control area before and after, with an exact Poisson test and the weighted displacement quotient (displacement or diffusion of benefits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the start to compare with (default 28).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the after period (default: as many as before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the after period begins: start (the intervention&apos;s first day, default) or end (the day after it ended).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in metres of the buffer around the treated area (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code of the control area (default: the municipality).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crime, report or all (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this category (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this source (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--intervention ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--intervention must be a number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--before-days must be a whole number of days, at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--after-days must be a whole number of days, at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --after-from &quot;%1&quot;: use start or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--buffer must be a distance in metres above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no intervention with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells by class (FDR-adjusted): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents match the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top must be a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat locations: %1 incidents, %2 places, %3 without an address
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of all incidents happened at %1 places (%2 % of the places).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank  count  share  cumulative  address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method addresses writes a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot spots of the filtered incidents: kernel density (heat map), Getis-Ord Gi* with FDR-adjusted classes, counts per cell, or repeat addresses; with --compare-to, how Gi* hot spots changed. Grids are aligned to multiples of --cell in EPSG:3006. Output by extension: .tif (GeoTIFF), .gpkg (cell polygons), .csv (x,y,count,value,z,p,p_fdr,class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kde (default), gistar, count or addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell size in metres (default 10 for kde, 50 otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel radius (bandwidth) in metres, default 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi* neighbour distance between cell centres in metres (default 2.5 cells), the cell itself included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel shape (as QGIS&apos;s heatmap), default quartic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kde: a density per km² (each incident&apos;s kernel integrates to 1) instead of raw kernel sums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid extent in EPSG:3006 (snapped outwards to the cells); default: the incidents, grown by the radius for kde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only incidents in these local days, e.g. 2021-06-01..2021-11-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gistar: the reference period A; cells are flagged new, persistent, intensifying, diminishing or disappearing hot spots from A to --period (B). Writes x,y,count_a,count_b,change,z_a,z_b,class_a,class_b,trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also use points that only say which municipality (police feed centre points); left out by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses: how many places to print (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file: .tif, .gpkg or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --method &quot;%1&quot;: use kde, gistar, count or addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --kernel &quot;%1&quot;: use quartic, triangular, uniform, triweight or epanechnikov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cell must be a number of metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--radius must be a number of metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--distance must be a number of metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extent must be XMIN,YMIN,XMAX,YMAX in metres (EPSG:3006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare-to needs --method gistar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare-to needs --period (the period compared with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required (.tif, .gpkg or .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must end in .tif, .gpkg or .csv: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents match the selection in the --compare-to period %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents match the selection; there is nothing to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gi* hot spots %1 (A, %2 incidents) vs %3 (B, %4 incidents): %5 × %6 cells of %7, distance %8
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-spot cells: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 in %2 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kernel density, %1 kernel, radius %2, %3; highest value %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents per km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw kernel sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getis-Ord Gi*, neighbours within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents per cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents (%2 outside the grid), %3 × %4 cells of %5 from (%6, %7): %8
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty incident store (a GeoPackage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created store %1 (schema version %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbild: incidents, period comparison, hot spots and reports for municipal safety work.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not built yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Dates are local (Europe/Stockholm); FROM..TO includes both days.
Exit codes: 0 success, 1 bad input, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lagesbild-cli %1: this command is not built yet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lagesbild-cli: unknown command &quot;%1&quot; (see lagesbild-cli --help)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotspots</name>
    <message>
        <source>Gi* distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 cell values for a grid of %2 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gi* distance (%1 m) spans the whole grid; every cell would be every cell&apos;s neighbour. Use a smaller distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1,%2 has no finite value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Gi* analysis was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extent is not finite or too far from the origin for this cell size (coordinates must be EPSG:3006 metres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell size must be a positive number of metres (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid would have %1 cells (%2 columns × %3 rows); the limit is 100 million. Use a larger cell size or a smaller extent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extent %1,%2,%3,%4 is empty or inverted (expected XMIN,YMIN,XMAX,YMAX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents match the selection; there is nothing to map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incidents match the selection in the %1 period; there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the output must end in .tif, .gpkg or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be a positive number of metres (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid has no cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are %1 weights for %2 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weight of point %1 is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The radius (%1 m) is more than a million cells of %2 m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heat map was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>importer</name>
    <message>
        <source>unknown coordinate reference system &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot transform from %1 to SWEREF 99 TM (EPSG:3006)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild</name>
    <message>
        <source>The store %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be switched to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lägesbild store (not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lägesbild store (not a GeoPackage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a GeoPackage but not a Lägesbild store (no schema version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the schema version &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store query failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import record could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The de-duplication keys could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 (external id &quot;%2&quot;) could not be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a centre point or an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the centre coordinates are not numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the radius is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention&apos;s incidents could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1, which triggered the intervention, does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::FilterPanel</name>
    <message>
        <source>Crimes and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported crimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbild reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <source>All data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day and weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 incidents match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::HeatmapController</name>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heat map could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::HeatmapTask</name>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::IncidentForm</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbild report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened some time between the above and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (SWEREF 99 TM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street address or place, e.g. Drottninggatan 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? Do not write names or personal identity numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who reported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the time window is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the time window lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::IncidentStore</name>
    <message>
        <source>The store %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of Lägesbild (schema version %2; this version knows up to %3). Update Lägesbild to open it; the store was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be upgraded to schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1: a coordinate is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 (external id &quot;%2&quot;): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import record could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident cannot be stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same incident is already in the store (same source and external id, or same content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 cannot be stored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incidents could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incidents could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident points could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention cannot be stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention could not be saved (is its area known?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention %1 cannot be stored: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no intervention %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention %1 could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::MainWindow</name>
    <message>
        <source>Lägesbild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map drawn in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Lägesbild store with File → Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;layer from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add OpenStreetMap background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add WMS/WMTS/XYZ service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report: click the map where it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Lägesbild starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lägesbild store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map layers in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbild — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n map layer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a Lägesbild store; its layers are shown (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not apply the filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shows at most %1 incidents: narrow the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No details for this incident.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lägesbild report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished">Område</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the municipality is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete incident %1? This is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.tif *.tiff *.kml *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenStreetMap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenStreetMap layer could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add map service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XYZ tile URL with {x} {y} {z}, or a WMS/WMTS URI as QGIS writes it
(e.g. crs=EPSG:3006&amp;format=image/png&amp;layers=NAME&amp;styles&amp;url=https://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QGIS could not use this service: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::TimeSlider</name>
    <message>
        <source>Step through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::cli</name>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import incidents from CSV, GeoJSON, any OGR source or the police events feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping and value maps (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (reporting organisation) for rows without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind for rows without one (default: report; crime for the police feed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRS of x/y (E/N) columns (default: EPSG:3006; lat/lon: EPSG:4326).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format when dates are ambiguous, e.g. &quot;d/M/yyyy HH:mm&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows; write the others to NAME.rejected.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be crime or report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lagesbild-cli import: invalid rows; nothing was imported (fix them, or use --skip-invalid)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read %2, imported %3, duplicates %4, rejected %5, masked %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new categories: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  new sources: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rejected rows written to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total: read %1, imported %2, duplicates %3, rejected %4, masked %5
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::importer</name>
    <message>
        <source>%1: the file has no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (columns: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field starting on this line is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields but the header has %2 (a delimiter inside an unquoted value?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::importer::ColumnLayout</name>
    <message>
        <source>%1:1: %2: mapping names column &quot;%3&quot;, which is not in the file (columns: %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::importer::ColumnMapping</name>
    <message>
        <source>%1: cannot read the mapping file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not a JSON object: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns: unknown field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: columns: %2: expected a column name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::importer::CsvImporter</name>
    <message>
        <source>%1: not a text file (binary data); expected CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates such as 5/3/2021 were read day first (5 March), as other rows of the file show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates such as 5/3/2021 were read month first (May 3), as other rows of the file show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::importer::Importer</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::importer::IncidentRowBuilder</name>
    <message>
        <source>no date or time column (such as datum, tid, date, från)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no coordinate columns (lat and lon, or E and N / x and y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no category column (such as kategori, brottstyp, händelse, category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could be day/month or month/day: give --date-format (e.g. &quot;d/M/yyyy HH:mm&quot; or &quot;M/d/yyyy HH:mm&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 as a date or time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 falls in a daylight-saving change (occurs twice or not at all); the earlier instant was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time without a date (no date column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the start of the time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 is outside Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 is outside Sweden (SWEREF 99 TM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither crime nor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the point (%1, %2 in EPSG:3006) is outside Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the point cannot be transformed to EPSG:3006</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::importer::OgrImporter</name>
    <message>
        <source>%1: not a file GDAL can read as vector data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (columns: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no layer with features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagesbild::importer::PoliceFeedImporter</name>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected the police events feed (a JSON array of events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &quot;%1&quot; as a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing event type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;lat,lon&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the point is outside Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police feed points are municipality or county centres: marked as municipality precision, not street level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lägesbild — incidents, hot spots and follow-up for municipal safety work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window once the map is drawn, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store (GeoPackage) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
