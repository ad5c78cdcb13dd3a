<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>AddressImportRunner</name>
        <message>
            <source>%1: no addresses found (no street or place name column; choose a mapping file)</source>
            <translation>%1: inga adresser hittades (ingen kolumn med gatu- eller platsnamn; välj en mappningsfil)</translation>
        </message>
        <message>
            <source>The address import was cancelled; nothing was changed.</source>
            <translation>Adressimporten avbröts; ingenting ändrades.</translation>
        </message>
    </context>
    <context>
        <name>BaseMapSettings</name>
        <message>
            <source>The base-map setting of the store is not valid JSON.</source>
            <translation>Databasens inställning för bakgrundskarta är inte giltig JSON.</translation>
        </message>
    </context>
    <context>
        <name>BaseMapStyle</name>
        <message>
            <source>Water</source>
            <translation>Vatten</translation>
        </message>
        <message>
            <source>Land use</source>
            <translation>Markanvändning</translation>
        </message>
        <message>
            <source>Buildings</source>
            <translation>Byggnader</translation>
        </message>
        <message>
            <source>Streets and roads</source>
            <translation>Gator och vägar</translation>
        </message>
        <message>
            <source>Railway</source>
            <translation>Järnväg</translation>
        </message>
        <message>
            <source>Stations</source>
            <translation>Stationer</translation>
        </message>
        <message>
            <source>Place names</source>
            <translation>Ortnamn</translation>
        </message>
    </context>
    <context>
        <name>ChartExport</name>
        <message>
            <source>%1: cannot write</source>
            <translation>%1: kan inte skriva</translation>
        </message>
        <message>
            <source>%1: unknown image format (use .png or .svg)</source>
            <translation>%1: okänt bildformat (använd .png eller .svg)</translation>
        </message>
    </context>
    <context>
        <name>ClosePairs</name>
        <message>
            <source>The distance limit must be a positive number</source>
            <translation>Avståndsgränsen måste vara ett positivt tal</translation>
        </message>
        <message>
            <source>A point has no valid coordinates</source>
            <translation>En punkt saknar giltiga koordinater</translation>
        </message>
        <message>
            <source>The distance limit is too small for the extent of the points</source>
            <translation>Avståndsgränsen är för liten för punkternas utbredning</translation>
        </message>
    </context>
    <context>
        <name>ComparisonSentence</name>
        <message>
            <source>incidents</source>
            <translation>händelser</translation>
        </message>
        <message>
            <source>reported crimes</source>
            <translation>anmälda brott</translation>
        </message>
        <message>
            <source>reports</source>
            <translation>lägesbildsrapporter</translation>
        </message>
        <message>
            <source>Decrease of %1 %2</source>
            <translation>Minskning med %1 %2</translation>
        </message>
        <message>
            <source>Increase of %1 %2</source>
            <translation>Ökning med %1 %2</translation>
        </message>
        <message>
            <source>No change in the number of %1</source>
            <translation>Ingen förändring i antalet %1</translation>
        </message>
        <message>
            <source>%1, statistically significant (%2)</source>
            <translation>%1, statistiskt säkerställd (%2)</translation>
        </message>
        <message>
            <source>%1, may be chance (%2)</source>
            <translation>%1, kan vara slump (%2)</translation>
        </message>
    </context>
    <context>
        <name>DateRange</name>
        <message>
            <source>Invalid date "%1" in "%2" (%3): write YYYY-MM-DD, e.g. 2021-03-05</source>
            <translation>Ogiltigt datum "%1" i "%2" (%3): skriv ÅÅÅÅ-MM-DD, t.ex. 2021-03-05</translation>
        </message>
        <message>
            <source>The date %1 does not exist (in "%2", %3)</source>
            <translation>Datumet %1 finns inte (i "%2", %3)</translation>
        </message>
        <message>
            <source>Empty period: write FROM..TO, e.g. 2021-01-01..2021-12-12</source>
            <translation>Tom period: skriv FROM..TO, t.ex. 2021-01-01..2021-12-12</translation>
        </message>
        <message>
            <source>The period "%1" lacks a start or end date: write FROM..TO</source>
            <translation>Perioden "%1" saknar start- eller slutdatum: skriv FROM..TO</translation>
        </message>
        <message>
            <source>The period "%1" ends before it starts</source>
            <translation>Perioden "%1" slutar innan den börjar</translation>
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>The scale must be a whole number of at least 1, not %1</source>
            <translation>Skalan måste vara ett heltal, minst 1, inte %1</translation>
        </message>
        <message>
            <source>The demo generation was cancelled</source>
            <translation>Genereringen av demodata avbröts</translation>
        </message>
    </context>
    <context>
        <name>DemoPlaces</name>
        <message>
            <source>Invalid demo input %1: %2</source>
            <translation>Ogiltiga demoindata i %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DemoStoreWriter</name>
        <message>
            <source>The store's taxonomy lacks codes the demo uses: %1</source>
            <translation>Databasens klassificering saknar koder som demon använder: %1</translation>
        </message>
        <message>
            <source>The file %1 exists already</source>
            <translation>Filen %1 finns redan</translation>
        </message>
        <message>
            <source>The store rejected %1 demo incidents as duplicates</source>
            <translation>Databasen avvisade %1 demohändelser som dubbletter</translation>
        </message>
    </context>
    <context>
        <name>DemoTown</name>
        <message>
            <source>Invalid demo input %1: %2</source>
            <translation>Ogiltiga demoindata i %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DemoTownWriter</name>
        <message>
            <source>The demo map %1 could not be written.</source>
            <translation>Demokartan %1 kunde inte skrivas.</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>The before and after periods must be at least one day long (got %1 and %2 days).</source>
            <translation>Perioderna före och efter måste vara minst en dag långa (fick %1 och %2 dagar).</translation>
        </message>
        <message>
            <source>Intervention %1 has no end date, so there is no period after it; measure the after period from its start instead.</source>
            <translation>Insats %1 har inget slutdatum, så det finns ingen period efter den; mät efterperioden från insatsens start i stället.</translation>
        </message>
        <message>
            <source>Intervention %1 ends (%2) before it starts (%3).</source>
            <translation>Insats %1 slutar (%2) innan den börjar (%3).</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>från %1 till %2</translation>
        </message>
        <message>
            <source>p &lt; %1</source>
            <translation>p &lt; %1</translation>
        </message>
        <message>
            <source>p = %1</source>
            <translation>p = %1</translation>
        </message>
        <message>
            <source>the treated area had no incidents before the intervention, so nothing could drop</source>
            <translation>insatsområdet hade inga händelser före insatsen, så ingenting kunde minska</translation>
        </message>
        <message>
            <source>the control area had no incidents in one of the periods, so there is no general trend to compare with and the displacement quotient cannot be computed</source>
            <translation>kontrollområdet hade inga händelser under en av perioderna, så det finns ingen allmän trend att jämföra med och förflyttningskvoten kan inte beräknas</translation>
        </message>
        <message>
            <source>the treated area had only %1 incidents in both periods together (at least %2 are needed), and a change that small can easily be chance</source>
            <translation>insatsområdet hade bara %1 händelser under båda perioderna tillsammans (minst %2 behövs), och en så liten förändring kan lätt vara slump</translation>
        </message>
        <message>
            <source>Too few incidents to say anything: %1.</source>
            <translation>För få händelser för att säga något: %1.</translation>
        </message>
        <message>
            <source>No effect in the treated area: incidents there went %1, which is no drop compared with the control area (%2). Displacement is only measured when the treated area improved.</source>
            <translation>Ingen effekt i insatsområdet: händelserna där gick %1, vilket inte är någon minskning jämfört med kontrollområdet (%2). Förflyttning mäts bara när insatsområdet har blivit bättre.</translation>
        </message>
        <message>
            <source>Diffusion of benefits: the treated area improved compared with the control area (incidents there went %1, in the control area %2), and the surrounding buffer improved too (%3). WDQ = %4: the intervention seems to have helped beyond its own area.</source>
            <translation>Spridning av positiva effekter: insatsområdet blev bättre jämfört med kontrollområdet (händelserna där gick %1, i kontrollområdet %2), och buffertzonen runt omkring blev också bättre (%3). WDQ = %4: insatsen verkar ha hjälpt även utanför sitt eget område.</translation>
        </message>
        <message>
            <source>The buffer even improved more than the treated area itself.</source>
            <translation>Buffertzonen blev till och med bättre än insatsområdet självt.</translation>
        </message>
        <message>
            <source>No displacement or diffusion: the treated area improved compared with the control area (incidents there went %1, in the control area %2), and the buffer changed like the control area (%3). WDQ = %4: the problem does not seem to have moved next door.</source>
            <translation>Ingen förflyttning eller spridning: insatsområdet blev bättre jämfört med kontrollområdet (händelserna där gick %1, i kontrollområdet %2), och buffertzonen förändrades som kontrollområdet (%3). WDQ = %4: problemet verkar inte ha flyttat till grannskapet.</translation>
        </message>
        <message>
            <source>Partial displacement: the treated area improved compared with the control area (incidents there went %1, in the control area %2), but some incidents seem to have moved to the buffer (%3). WDQ = %4: the displacement is smaller than the gain, so the net effect is still positive.</source>
            <translation>Delvis förflyttning: insatsområdet blev bättre jämfört med kontrollområdet (händelserna där gick %1, i kontrollområdet %2), men en del händelser verkar ha flyttat till buffertzonen (%3). WDQ = %4: förflyttningen är mindre än vinsten, så nettoeffekten är ändå positiv.</translation>
        </message>
        <message>
            <source>Displacement larger than the effect: the treated area improved compared with the control area (incidents there went %1, in the control area %2), but the buffer got worse by more than that (%3). WDQ = %4: overall it is worse than if nothing had been done.</source>
            <translation>Förflyttningen är större än effekten: insatsområdet blev bättre jämfört med kontrollområdet (händelserna där gick %1, i kontrollområdet %2), men buffertzonen blev sämre med mer än så (%3). WDQ = %4: sammantaget är det sämre än om ingenting hade gjorts.</translation>
        </message>
        <message>
            <source>The change in the treated area is statistically significant (%1).</source>
            <translation>Förändringen i insatsområdet är statistiskt säkerställd (%1).</translation>
        </message>
        <message>
            <source>The change in the treated area could be chance (%1), so read this with care.</source>
            <translation>Förändringen i insatsområdet kan vara slump (%1), så tolka resultatet försiktigt.</translation>
        </message>
        <message>
            <source>Too few incidents to say anything</source>
            <translation>För få händelser för att säga något</translation>
        </message>
        <message>
            <source>No effect in the treated area</source>
            <translation>Ingen effekt i insatsområdet</translation>
        </message>
        <message>
            <source>Diffusion of benefits</source>
            <translation>Spridning av positiva effekter</translation>
        </message>
        <message>
            <source>No displacement or diffusion</source>
            <translation>Ingen förflyttning eller spridning</translation>
        </message>
        <message>
            <source>Partial displacement</source>
            <translation>Delvis förflyttning</translation>
        </message>
        <message>
            <source>Displacement larger than the effect</source>
            <translation>Förflyttningen är större än effekten</translation>
        </message>
        <message>
            <source>The evaluation was cancelled.</source>
            <translation>Uppföljningen avbröts.</translation>
        </message>
        <message>
            <source>The buffer must be wider than 0 m (got %1 m).</source>
            <translation>Buffertzonen måste vara bredare än 0 m (fick %1 m).</translation>
        </message>
        <message>
            <source>%1 m around %2, %3 (EPSG:3006)</source>
            <translation>%1 m runt %2, %3 (EPSG:3006)</translation>
        </message>
        <message>
            <source>Intervention %1 names the area '%2', which the store does not have.</source>
            <translation>Insats %1 anger området '%2', som inte finns i databasen.</translation>
        </message>
        <message>
            <source>The control area '%1' is not in the store.</source>
            <translation>Kontrollområdet '%1' finns inte i databasen.</translation>
        </message>
        <message>
            <source>%1, without the treated area and the buffer</source>
            <translation>%1, utom insatsområdet och buffertzonen</translation>
        </message>
        <message>
            <source>all incidents outside the treated area and the buffer</source>
            <translation>alla händelser utanför insatsområdet och buffertzonen</translation>
        </message>
        <message>
            <source>The store has no municipality area, so the control area is every incident outside the treated area and the buffer.</source>
            <translation>Databasen har inget kommunområde, så kontrollområdet är alla händelser utanför insatsområdet och buffertzonen.</translation>
        </message>
        <message>
            <source>The after period runs until %1, which is not over yet: its counts are incomplete.</source>
            <translation>Efterperioden pågår till %1, som inte har passerat än: antalen är ofullständiga.</translation>
        </message>
        <message>
            <source>Intervention %1 has neither a drawn polygon, a point with a radius nor an area, so there is no place to evaluate.</source>
            <translation>Insats %1 har varken en ritad polygon, en punkt med radie eller ett område, så det finns ingen plats att följa upp.</translation>
        </message>
        <message numerus="yes">
            <source>a drawn polygon with %n corner(s)</source>
            <translation>
                <numerusform>en ritad polygon med %n hörn</numerusform>
                <numerusform>en ritad polygon med %n hörn</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FollowUpChart</name>
        <message>
            <source>Incidents per week</source>
            <translation>Händelser per vecka</translation>
        </message>
        <message>
            <source>Treated area</source>
            <translation>Insatsområde</translation>
        </message>
        <message>
            <source>Buffer</source>
            <translation>Buffertzon</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Insats</translation>
        </message>
    </context>
    <context>
        <name>GroupLabels</name>
        <message>
            <source>Outside every area</source>
            <translation>Utanför alla områden</translation>
        </message>
    </context>
    <context>
        <name>HeatmapRaster</name>
        <message>
            <source>Low</source>
            <translation>Låg</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Hög</translation>
        </message>
    </context>
    <context>
        <name>HotspotLayer</name>
        <message>
            <source>Hot spot, 99 % confidence</source>
            <translation>Hot spot, 99 % säkerhet</translation>
        </message>
        <message>
            <source>Hot spot, 95 % confidence</source>
            <translation>Hot spot, 95 % säkerhet</translation>
        </message>
        <message>
            <source>Hot spot, 90 % confidence</source>
            <translation>Hot spot, 90 % säkerhet</translation>
        </message>
        <message>
            <source>Cold spot, 90 % confidence</source>
            <translation>Cold spot, 90 % säkerhet</translation>
        </message>
        <message>
            <source>Cold spot, 95 % confidence</source>
            <translation>Cold spot, 95 % säkerhet</translation>
        </message>
        <message>
            <source>Cold spot, 99 % confidence</source>
            <translation>Cold spot, 99 % säkerhet</translation>
        </message>
        <message>
            <source>Hot spots (Gi*)</source>
            <translation>Hot spots (Gi*)</translation>
        </message>
        <message>
            <source>The hot-spot grid could not be read back from %1</source>
            <translation>Rutnätet för hot spots kunde inte läsas in igen från %1</translation>
        </message>
        <message>
            <source>Change in incidents per cell (B − A)</source>
            <translation>Förändring i antal händelser per cell (B − A)</translation>
        </message>
        <message>
            <source>Hot-spot change (Gi*, A → B)</source>
            <translation>Förändring i hot spots (Gi*, A → B)</translation>
        </message>
        <message>
            <source>New hot spot</source>
            <translation>Ny hot spot</translation>
        </message>
        <message>
            <source>Intensifying hot spot</source>
            <translation>Förstärkt hot spot</translation>
        </message>
        <message>
            <source>Persistent hot spot</source>
            <translation>Bestående hot spot</translation>
        </message>
        <message>
            <source>Diminishing hot spot</source>
            <translation>Försvagad hot spot</translation>
        </message>
        <message>
            <source>Disappearing hot spot</source>
            <translation>Försvunnen hot spot</translation>
        </message>
    </context>
    <context>
        <name>ImportRunner</name>
        <message>
            <source>No store is open</source>
            <translation>Ingen databas är öppen</translation>
        </message>
    </context>
    <context>
        <name>IncidentFields</name>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Källa</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
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
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Address or place</source>
            <translation>Adress eller plats</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>External id</source>
            <translation>Externt id</translation>
        </message>
        <message>
            <source>crime</source>
            <translation>brott</translation>
        </message>
        <message>
            <source>report</source>
            <translation>rapport</translation>
        </message>
        <message>
            <source>Reported crime</source>
            <translation>Anmält brott</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Rapporterad av</translation>
        </message>
    </context>
    <context>
        <name>IncidentStore</name>
        <message>
            <source>The audit log could not be written.</source>
            <translation>Granskningsloggen kunde inte skrivas.</translation>
        </message>
        <message>
            <source>The audit log could not be read.</source>
            <translation>Granskningsloggen kunde inte läsas.</translation>
        </message>
        <message>
            <source>The GeoPackage contents table could not be updated.</source>
            <translation>GeoPackage-innehållstabellen kunde inte uppdateras.</translation>
        </message>
        <message>
            <source>The GeoPackage SQL functions could not be registered.</source>
            <translation>GeoPackage-funktionerna för SQL kunde inte registreras.</translation>
        </message>
        <message>
            <source>the coordinates are not numbers</source>
            <translation>koordinaterna är inte tal</translation>
        </message>
        <message>
            <source>the kind is neither crime nor report</source>
            <translation>typen är varken brott eller rapport</translation>
        </message>
        <message>
            <source>the category is empty</source>
            <translation>kategorin är tom</translation>
        </message>
        <message>
            <source>the source is empty</source>
            <translation>källan är tom</translation>
        </message>
        <message>
            <source>a time lies outside the years 1900 to 2199</source>
            <translation>en tidpunkt ligger utanför åren 1900 till 2199</translation>
        </message>
        <message>
            <source>occurred_to lies before occurred_from</source>
            <translation>occurred_to ligger före occurred_from</translation>
        </message>
        <message>
            <source>The incident could not be written.</source>
            <translation>Händelsen kunde inte skrivas.</translation>
        </message>
        <message>
            <source>The incidents could not be written.</source>
            <translation>Händelserna kunde inte skrivas.</translation>
        </message>
        <message>
            <source>%1, field %2: unknown code "%3".</source>
            <translation>%1, fält %2: okänd kod "%3".</translation>
        </message>
        <message>
            <source>The category could not be created.</source>
            <translation>Kategorin kunde inte skapas.</translation>
        </message>
        <message>
            <source>The source could not be created.</source>
            <translation>Källan kunde inte skapas.</translation>
        </message>
        <message>
            <source>The area could not be created.</source>
            <translation>Området kunde inte skapas.</translation>
        </message>
        <message>
            <source>The spatial index %1 could not be rebuilt.</source>
            <translation>Det spatiala indexet %1 kunde inte byggas om.</translation>
        </message>
        <message>
            <source>A store operation failed.</source>
            <translation>En databasåtgärd misslyckades.</translation>
        </message>
        <message>
            <source>A store query could not be prepared.</source>
            <translation>En databasfråga kunde inte förberedas.</translation>
        </message>
        <message>
            <source>The interventions' treated areas could not be updated.</source>
            <translation>Insatsernas insatsområden kunde inte uppdateras.</translation>
        </message>
        <message>
            <source>Incident %1</source>
            <translation>Händelse %1</translation>
        </message>
        <message>
            <source>The incident</source>
            <translation>Händelsen</translation>
        </message>
        <message>
            <source>The de-duplication keys could not be written.</source>
            <translation>Nycklarna för dubblettkontroll kunde inte skrivas.</translation>
        </message>
        <message>
            <source>The de-duplication keys are damaged.</source>
            <translation>Nycklarna för dubblettkontroll är skadade.</translation>
        </message>
        <message>
            <source>The de-duplication keys could not be read.</source>
            <translation>Nycklarna för dubblettkontroll kunde inte läsas.</translation>
        </message>
        <message>
            <source>the location precision is not one the store knows</source>
            <translation>platsens noggrannhet är inte en som lagret känner till</translation>
        </message>
        <message>
            <source>The incidents could not be read.</source>
            <translation>Händelserna kunde inte läsas.</translation>
        </message>
        <message>
            <source>The journal mode of the store could not be changed.</source>
            <translation>Databasens journalläge kunde inte ändras.</translation>
        </message>
        <message>
            <source>The store %1 could not be opened.</source>
            <translation>Databasen %1 kunde inte öppnas.</translation>
        </message>
        <message>
            <source>The store %1 could not be switched to write-ahead logging.</source>
            <translation>Databasen %1 kunde inte ställas om till WAL-läge (write-ahead logging).</translation>
        </message>
        <message>
            <source>The store %1 is in use by another program that did not finish in time. Try again later.</source>
            <translation>Databasen %1 används av ett annat program som inte blev klart i tid. Försök igen senare.</translation>
        </message>
        <message>
            <source>The store %1 is read-only here and an import into it was interrupted (%1-journal). Only where the store can be written can it be rolled back: open it there once, or ask its owner to.</source>
            <translation>Databasen %1 är skrivskyddad här och en import till den avbröts (%1-journal). Den kan bara återställas där den går att skriva: öppna den där en gång, eller be dess ägare göra det.</translation>
        </message>
        <message>
            <source>The store %1 is read-only here and holds changes in %1-wal that only a program that can write the store can apply: open it once where it can be written, or ask its owner to.</source>
            <translation>Databasen %1 är skrivskyddad här och har ändringar i %1-wal som bara ett program som kan skriva databasen kan föra in: öppna den en gång där den går att skriva, eller be dess ägare göra det.</translation>
        </message>
        <message>
            <source>The store %1 could not be opened for reading.</source>
            <translation>Databasen %1 kunde inte öppnas för läsning.</translation>
        </message>
        <message>
            <source>%1 is not a Lägesbild store (not a GeoPackage).</source>
            <translation>%1 är ingen Lägesbild-databas (inte en GeoPackage).</translation>
        </message>
        <message>
            <source>%1 is a GeoPackage but not a Lägesbild store (no schema version).</source>
            <translation>%1 är en GeoPackage men ingen Lägesbild-databas (schemaversion saknas).</translation>
        </message>
        <message>
            <source>The store %1 is damaged: its schema version "%2" is not one Lägesbild writes (1 to %3).</source>
            <translation>Databasen %1 är skadad: dess schemaversion "%2" är ingen som Lägesbild skriver (1 till %3).</translation>
        </message>
        <message>
            <source>The store %1 was written by a newer version of Lägesbild (schema version %2; this version knows up to %3). Update Lägesbild to open it; the store was not changed.</source>
            <translation>Databasen %1 skrevs av en nyare version av Lägesbild (schemaversion %2; den här versionen känner till upp till %3). Uppdatera Lägesbild för att öppna den; databasen har inte ändrats.</translation>
        </message>
        <message>
            <source>The store %1 is read-only (the file or its folder cannot be written here): it can be read, but nothing can be saved in it.</source>
            <translation>Databasen %1 är skrivskyddad (filen eller dess mapp kan inte skrivas här): den kan läsas, men inget kan sparas i den.</translation>
        </message>
        <message>
            <source>The store %1 already exists.</source>
            <translation>Databasen %1 finns redan.</translation>
        </message>
        <message>
            <source>The store %1 could not be created.</source>
            <translation>Databasen %1 kunde inte skapas.</translation>
        </message>
        <message>
            <source>The store %1 does not exist.</source>
            <translation>Databasen %1 finns inte.</translation>
        </message>
        <message>
            <source>The store %1 cannot be read (no permission).</source>
            <translation>Databasen %1 kan inte läsas (behörighet saknas).</translation>
        </message>
        <message>
            <source>The store %1 could not be upgraded from schema version %2 to %3: its tables do not match its schema version, so it may be damaged. Nothing was changed.</source>
            <translation>Databasen %1 kunde inte uppgraderas från schemaversion %2 till %3: dess tabeller stämmer inte med schemaversionen, så den kan vara skadad. Inget ändrades.</translation>
        </message>
        <message>
            <source>The store %1 was written by an older version of Lägesbild and must be upgraded, which needs a store that can be written: open it once where it can be written.</source>
            <translation>Databasen %1 skrevs av en äldre version av Lägesbild och måste uppgraderas, vilket kräver att den går att skriva: öppna den en gång där den går att skriva.</translation>
        </message>
        <message>
            <source>The store %1 was opened for reading; nothing was written.</source>
            <translation>Databasen %1 öppnades för läsning; inget skrevs.</translation>
        </message>
        <message>
            <source>A category needs a code.</source>
            <translation>En kategori måste ha en kod.</translation>
        </message>
        <message>
            <source>The category %1 could not be saved.</source>
            <translation>Kategorin %1 kunde inte sparas.</translation>
        </message>
        <message>
            <source>A source needs a code.</source>
            <translation>En källa måste ha en kod.</translation>
        </message>
        <message>
            <source>The source %1 could not be saved.</source>
            <translation>Källan %1 kunde inte sparas.</translation>
        </message>
        <message>
            <source>An area needs a code.</source>
            <translation>Ett område måste ha en kod.</translation>
        </message>
        <message>
            <source>Area %1: a coordinate is not a number.</source>
            <translation>Område %1: en koordinat är inte ett tal.</translation>
        </message>
        <message>
            <source>The area %1 could not be saved.</source>
            <translation>Området %1 kunde inte sparas.</translation>
        </message>
        <message>
            <source>A store query failed.</source>
            <translation>En databasfråga misslyckades.</translation>
        </message>
        <message>
            <source>The import record could not be written.</source>
            <translation>Importposten kunde inte skrivas.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>Importen avbröts; ingenting skrevs.</translation>
        </message>
        <message>
            <source>Incident %1 (external id "%2") could not be stored.</source>
            <translation>Händelse %1 (externt id "%2") kunde inte sparas.</translation>
        </message>
        <message>
            <source>The incidents were not numbered as expected; nothing was written.</source>
            <translation>Händelserna numrerades inte som förväntat; ingenting skrevs.</translation>
        </message>
        <message>
            <source>Incident %1 (external id "%2"): %3.</source>
            <translation>Händelse %1 (externt id "%2"): %3.</translation>
        </message>
        <message>
            <source>The import record could not be updated.</source>
            <translation>Importposten kunde inte uppdateras.</translation>
        </message>
        <message>
            <source>The incident cannot be stored: %1.</source>
            <translation>Händelsen kan inte sparas: %1.</translation>
        </message>
        <message>
            <source>The same incident is already in the store (same source and external id, or same content).</source>
            <translation>Samma händelse finns redan i databasen (samma källa och externa id, eller samma innehåll).</translation>
        </message>
        <message>
            <source>Incident %1 cannot be stored: %2.</source>
            <translation>Händelse %1 kan inte sparas: %2.</translation>
        </message>
        <message>
            <source>There is no incident %1.</source>
            <translation>Det finns ingen händelse %1.</translation>
        </message>
        <message>
            <source>Incident %1 could not be deleted.</source>
            <translation>Händelse %1 kunde inte tas bort.</translation>
        </message>
        <message>
            <source>Incident %1 could not be read.</source>
            <translation>Händelse %1 kunde inte läsas.</translation>
        </message>
        <message>
            <source>The incidents could not be counted.</source>
            <translation>Händelserna kunde inte räknas.</translation>
        </message>
        <message>
            <source>The incident summary could not be brought up to date.</source>
            <translation>Sammanställningen av händelserna kunde inte uppdateras.</translation>
        </message>
        <message>
            <source>The incident points could not be read.</source>
            <translation>Händelsepunkterna kunde inte läsas.</translation>
        </message>
        <message>
            <source>the type is empty</source>
            <translation>typen är tom</translation>
        </message>
        <message>
            <source>it needs a centre point, an area or a drawn boundary</source>
            <translation>den behöver en mittpunkt, ett område eller en ritad gräns</translation>
        </message>
        <message>
            <source>ring %1 of the drawn boundary has fewer than three points</source>
            <translation>ring %1 i den ritade gränsen har färre än tre punkter</translation>
        </message>
        <message>
            <source>a coordinate of the drawn boundary is not a number</source>
            <translation>en koordinat i den ritade gränsen är inte ett tal</translation>
        </message>
        <message>
            <source>the centre coordinates are not numbers</source>
            <translation>mittpunktens koordinater är inte tal</translation>
        </message>
        <message>
            <source>the radius is negative</source>
            <translation>radien är negativ</translation>
        </message>
        <message>
            <source>it ends before it starts</source>
            <translation>den slutar innan den börjar</translation>
        </message>
        <message>
            <source>The intervention's incidents could not be saved.</source>
            <translation>Insatsens händelser kunde inte sparas.</translation>
        </message>
        <message>
            <source>Incident %1, which triggered the intervention, does not exist.</source>
            <translation>Händelse %1, som utlöste insatsen, finns inte.</translation>
        </message>
        <message>
            <source>The intervention cannot be stored: %1.</source>
            <translation>Insatsen kan inte sparas: %1.</translation>
        </message>
        <message>
            <source>The intervention could not be saved (is its area known?).</source>
            <translation>Insatsen kunde inte sparas (finns dess område i databasen?).</translation>
        </message>
        <message>
            <source>Intervention %1 cannot be stored: %2.</source>
            <translation>Insats %1 kan inte sparas: %2.</translation>
        </message>
        <message>
            <source>There is no intervention %1.</source>
            <translation>Det finns ingen insats %1.</translation>
        </message>
        <message>
            <source>Intervention %1 could not be saved.</source>
            <translation>Insats %1 kunde inte sparas.</translation>
        </message>
        <message>
            <source>Intervention %1 could not be deleted.</source>
            <translation>Insats %1 kunde inte tas bort.</translation>
        </message>
        <message>
            <source>%1 is not a Lägesbild store: the file is empty.</source>
            <translation>%1 är ingen Lägesbild-databas: filen är tom.</translation>
        </message>
        <message>
            <source>%1 is not a Lägesbild store (not an SQLite database).</source>
            <translation>%1 är ingen Lägesbild-databas (inte en SQLite-databas).</translation>
        </message>
        <message>
            <source>The store %1 is damaged: the file is truncated (only %2 bytes remain). Restore it from a backup.</source>
            <translation>Databasen %1 är skadad: filen är avkortad (bara %2 byte finns kvar). Återställ den från en säkerhetskopia.</translation>
        </message>
        <message>
            <source>The store %1 is damaged and cannot be read. Restore it from a backup.</source>
            <translation>Databasen %1 är skadad och kan inte läsas. Återställ den från en säkerhetskopia.</translation>
        </message>
        <message>
            <source>A municipality needs a code or a name.</source>
            <translation>En kommun behöver en kod eller ett namn.</translation>
        </message>
        <message>
            <source>The address register could not be written.</source>
            <translation>Adressregistret kunde inte skrivas.</translation>
        </message>
        <message>
            <source>The address import was cancelled; nothing was changed.</source>
            <translation>Adressimporten avbröts; inget ändrades.</translation>
        </message>
        <message>
            <source>The address register could not be read.</source>
            <translation>Adressregistret kunde inte läsas.</translation>
        </message>
        <message>
            <source>The incidents of the area could not be re-assigned.</source>
            <translation>Områdets händelser kunde inte tilldelas på nytt.</translation>
        </message>
        <message>
            <source>The spatial index %1 could not be updated.</source>
            <translation>Det spatiala indexet %1 kunde inte uppdateras.</translation>
        </message>
        <message>
            <source>The spatial index %1 could not be read.</source>
            <translation>Det spatiala indexet %1 kunde inte läsas.</translation>
        </message>
        <message>
            <source>The schema version of the server store %1 could not be read.</source>
            <translation>Schemaversionen för serverdatabasen %1 kunde inte läsas.</translation>
        </message>
        <message>
            <source>%1 holds no Lägesbild store: set it up with `lagesbild-cli server init`.</source>
            <translation>%1 innehåller ingen Lägesbild-databas: lägg upp den med `lagesbild-cli server init`.</translation>
        </message>
        <message>
            <source>The server store %1 has schema version %2, newer than this Lägesbild knows (%3): update Lägesbild.</source>
            <translation>Serverdatabasen %1 har schemaversion %2, nyare än den här versionen av Lägesbild känner till (%3): uppdatera Lägesbild.</translation>
        </message>
        <message>
            <source>The server store %1 has schema version %2; this Lägesbild needs %3: run `lagesbild-cli server init` on it as its owner to upgrade it.</source>
            <translation>Serverdatabasen %1 har schemaversion %2; den här versionen av Lägesbild behöver %3: kör `lagesbild-cli server init` mot den som dess ägare för att uppgradera den.</translation>
        </message>
        <message>
            <source>The login %1 may only read the server store %2: nothing was saved.</source>
            <translation>Inloggningen %1 får bara läsa serverdatabasen %2: inget sparades.</translation>
        </message>
        <message>
            <source>Incident %1 could not be saved: the server allows this login no change to it.</source>
            <translation>Händelse %1 kunde inte sparas: servern tillåter inte den här inloggningen att ändra den.</translation>
        </message>
        <message>
            <source>This build of Lägesbild has no PostgreSQL support (libpq was missing when it was built).</source>
            <translation>Den här versionen av Lägesbild saknar stöd för PostgreSQL (libpq fanns inte när den byggdes).</translation>
        </message>
        <message>
            <source>A server store is made with 'lagesbild-cli server init CONNECTION --municipality CODE' by the database's owner.</source>
            <translation>En serverdatabas läggs upp med 'lagesbild-cli server init ANSLUTNING --municipality KOD' av databasens ägare.</translation>
        </message>
    </context>
    <context>
        <name>InterventionTypes</name>
        <message>
            <source>Police presence</source>
            <translation>Polisnärvaro</translation>
        </message>
        <message>
            <source>Guards</source>
            <translation>Väktare</translation>
        </message>
        <message>
            <source>Night walks</source>
            <translation>Nattvandring</translation>
        </message>
        <message>
            <source>Lighting</source>
            <translation>Belysning</translation>
        </message>
        <message>
            <source>Clean-up</source>
            <translation>Städning</translation>
        </message>
        <message>
            <source>Camera surveillance</source>
            <translation>Kameraövervakning</translation>
        </message>
        <message>
            <source>Dialogue</source>
            <translation>Dialog</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Övrigt</translation>
        </message>
    </context>
    <context>
        <name>InterventionsDock</name>
        <message>
            <source>Interventions</source>
            <translation>Insatser</translation>
        </message>
    </context>
    <context>
        <name>KnoxBands</name>
        <message>
            <source>Give at least two breaks, e.g. 0,1,100,200</source>
            <translation>Ange minst två gränser, t.ex. 0,1,100,200</translation>
        </message>
        <message>
            <source>The first break must be 0</source>
            <translation>Den första gränsen måste vara 0</translation>
        </message>
        <message>
            <source>The breaks must be numbers</source>
            <translation>Gränserna måste vara tal</translation>
        </message>
        <message>
            <source>The breaks must increase: %1 follows %2</source>
            <translation>Gränserna måste öka: %1 följer på %2</translation>
        </message>
        <message>
            <source>"%1" is not a number</source>
            <translation>"%1" är inte ett tal</translation>
        </message>
    </context>
    <context>
        <name>KnoxTest</name>
        <message>
            <source>Space and time bands need at least one band with an upper bound each</source>
            <translation>Avstånds- och tidsbanden behöver minst ett band med övre gräns vardera</translation>
        </message>
        <message>
            <source>Too many time bands</source>
            <translation>För många tidsband</translation>
        </message>
        <message>
            <source>Two time breaks fall on the same whole day; use exact time differences or other breaks</source>
            <translation>Två tidsgränser hamnar på samma hela dag; använd exakta tidsskillnader eller andra gränser</translation>
        </message>
        <message>
            <source>The incidents span too long a time for exact time differences</source>
            <translation>Händelserna spänner över för lång tid för exakta tidsskillnader</translation>
        </message>
        <message>
            <source>The number of permutations must be between 1 and %1</source>
            <translation>Antalet permutationer måste vara mellan 1 och %1</translation>
        </message>
        <message>
            <source>Too many incidents for a Knox test</source>
            <translation>För många händelser för ett Knox-test</translation>
        </message>
        <message>
            <source>The near-repeat test was cancelled.</source>
            <translation>Närupprepningstestet avbröts.</translation>
        </message>
    </context>
    <context>
        <name>LayerTreeMenu</name>
        <message>
            <source>Only this category</source>
            <translation>Bara denna kategori</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alla kategorier</translation>
        </message>
        <message>
            <source>Zoom to layer</source>
            <translation>Zooma till lagret</translation>
        </message>
    </context>
    <context>
        <name>PeriodComparison</name>
        <message>
            <source>Both periods must be given</source>
            <translation>Båda perioderna måste anges</translation>
        </message>
        <message>
            <source>Two periods cannot be compared day by day: their days differ</source>
            <translation>Två perioder kan inte jämföras dag för dag: de består av olika dagar</translation>
        </message>
    </context>
    <context>
        <name>PeriodPresets</name>
        <message>
            <source>This week</source>
            <translation>Den här veckan</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Förra veckan</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Den här månaden</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Förra månaden</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Det här kvartalet</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Förra kvartalet</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>I år</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Förra året</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>Senaste 30 dagarna</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>Senaste 12 månaderna</translation>
        </message>
    </context>
    <context>
        <name>PostgresStore</name>
        <message>
            <source>"%1" is not a PostgreSQL connection: use postgresql://… or service=NAME</source>
            <translation>"%1" är ingen PostgreSQL-anslutning: använd postgresql://… eller service=NAMN</translation>
        </message>
        <message>
            <source>Out of memory while connecting to PostgreSQL.</source>
            <translation>Minnet tog slut vid anslutningen till PostgreSQL.</translation>
        </message>
        <message>
            <source>Could not connect to the PostgreSQL server %1.</source>
            <translation>Kunde inte ansluta till PostgreSQL-servern %1.</translation>
        </message>
        <message>
            <source>The PostgreSQL server refused a statement.</source>
            <translation>PostgreSQL-servern avvisade en SQL-sats.</translation>
        </message>
        <message>
            <source>The server store has schema version %1, newer than this Lägesbild knows (%2): update Lägesbild.</source>
            <translation>Den delade databasen har schemaversion %1, nyare än denna Lägesbild känner till (%2): uppdatera Lägesbild.</translation>
        </message>
        <message>
            <source>The server store is already set up for municipality %1, not %2.</source>
            <translation>Den delade databasen är redan upplagd för kommun %1, inte %2.</translation>
        </message>
        <message>
            <source>The password could not be encrypted.</source>
            <translation>Lösenordet kunde inte krypteras.</translation>
        </message>
        <message>
            <source>The user needs a name.</source>
            <translation>Användaren behöver ett namn.</translation>
        </message>
        <message>
            <source>A reporter belongs to an organisation: give --organisation.</source>
            <translation>En rapportör hör till en organisation: ange --organisation.</translation>
        </message>
        <message>
            <source>A PostgreSQL role named %1 already exists.</source>
            <translation>Det finns redan en PostgreSQL-roll som heter %1.</translation>
        </message>
        <message>
            <source>The PostgreSQL server refused the copied rows.</source>
            <translation>PostgreSQL-servern avvisade de kopierade raderna.</translation>
        </message>
        <message>
            <source>The push was stopped after %1 incidents; push again to go on.</source>
            <translation>Överföringen stoppades efter %1 händelser; kör push igen för att fortsätta.</translation>
        </message>
        <message>
            <source>Pull from the server failed: %1</source>
            <translation>Hämtningen från servern misslyckades: %1</translation>
        </message>
        <message>
            <source>The pull was stopped after %1 incidents; pull again to go on.</source>
            <translation>Hämtningen stoppades efter %1 händelser; hämta igen för att fortsätta.</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Leta i:</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Bakåt</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Framåt</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Överordnad mapp</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Skapa ny mapp</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Listvy</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Detaljvy</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Sidopanel</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Filer</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Senaste platser</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Spara som</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Ny mapp</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Visa &amp;dolda filer</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Byt namn</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Ny mapp</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 finns redan.
Vill du ersätta den?</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Storlek</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Senast ändrad</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Min dator</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Dator</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Avbryt</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Stäng</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Stäng utan att spara</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Spara alla</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öppna</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ja</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ja till &amp;alla</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nej</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;ej till alla</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Försök igen</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorera</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Förkasta</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hjälp</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Verkställ</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Återställ standardvärden</translation>
        </message>
    </context>
    <context>
        <name>RiskZonesLayer</name>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n dag kvar</numerusform>
                <numerusform>%n dagar kvar</numerusform>
            </translation>
        </message>
        <message>
            <source>Near-repeat risk zones</source>
            <translation>Riskzoner (närupprepning)</translation>
        </message>
    </context>
    <context>
        <name>StoreLayers</name>
        <message>
            <source>Incidents</source>
            <translation>Händelser</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Områden</translation>
        </message>
        <message>
            <source>Interventions</source>
            <translation>Insatser</translation>
        </message>
        <message>
            <source>The file %1 does not exist</source>
            <translation>Filen %1 finns inte</translation>
        </message>
        <message>
            <source>No map layers could be read from %1</source>
            <translation>Inga kartlager kunde läsas från %1</translation>
        </message>
        <message>
            <source>The server table %1 could not be read as a map layer: %2</source>
            <translation>Servertabellen %1 kunde inte läsas som kartlager: %2</translation>
        </message>
    </context>
    <context>
        <name>StoreSession</name>
        <message>
            <source>No store is open</source>
            <translation>Ingen databas är öppen</translation>
        </message>
    </context>
    <context>
        <name>TimePatterns</name>
        <message>
            <source>A period must be given</source>
            <translation>En period måste anges</translation>
        </message>
        <message>
            <source>Unexpected day or hour key "%1"</source>
            <translation>Oväntad dags- eller timnyckel "%1"</translation>
        </message>
    </context>
    <context>
        <name>TreatedAreasLayer</name>
        <message>
            <source>Treated areas</source>
            <translation>Insatsområden</translation>
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
            <source>p: exact test of two Poisson counts, allowing for the periods' lengths (two-sided).</source>
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
            <source>unknown --by "%1": use none, category, source, area, hour, weekday or month</source>
            <translation>okänt --by "%1": använd none, category, source, area, hour, weekday eller month</translation>
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
            <source>--%1 "%2" is not in the store (known: %3)</source>
            <translation>--%1 "%2" finns inte i databasen (kända: %3)</translation>
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
            <source>unknown --kind "%1": use crime, report or all</source>
            <translation>okänt --kind "%1": använd crime, report eller all</translation>
        </message>
        <message>
            <source>bad --hours "%1": write a span such as 18-02 or a list such as 8,9,10</source>
            <translation>felaktigt --hours "%1": skriv ett spann som 18-02 eller en lista som 8,9,10</translation>
        </message>
        <message>
            <source>bad --weekdays "%1": write ISO weekdays 1-7 such as 5,6 or 1-5</source>
            <translation>felaktigt --weekdays "%1": skriv ISO-veckodagar 1-7 som 5,6 eller 1-5</translation>
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
            <translation>Visa den här hjälpen.</translation>
        </message>
        <message>
            <source>Output: table (default), json or csv.</source>
            <translation>Utdata: table (standard), json eller csv.</translation>
        </message>
        <message>
            <source>missing arguments</source>
            <translation>argument saknas</translation>
        </message>
        <message>
            <source>too many arguments: %1</source>
            <translation>för många argument: %1</translation>
        </message>
        <message>
            <source>unknown --format "%1": use table, json or csv</source>
            <translation>okänt --format "%1": använd table, json eller csv</translation>
        </message>
        <message>
            <source>  %1 %2: %3, %4: %5, change %6 (%7)
</source>
            <translation>  %1 %2: %3, %4: %5, förändring %6 (%7)
</translation>
        </message>
        <message>
            <source>Write the Kungsör demo store: synthetic, deterministic incidents, areas and interventions that reproduce the seed's figures (N times the incidents for benchmarks).</source>
            <translation>Skriv Kungsörs demodatabas: syntetiska, deterministiska händelser, områden och insatser som återger förlagans siffror (N gånger så många händelser för prestandamätningar).</translation>
        </message>
        <message>
            <source>Multiply the number of incidents by N (1..%1), keeping the shape.</source>
            <translation>Multiplicera antalet händelser med N (1..%1) med bibehållen fördelning.</translation>
        </message>
        <message>
            <source>Replace STORE when it exists.</source>
            <translation>Ersätt STORE om den redan finns.</translation>
        </message>
        <message>
            <source>--scale must be a whole number from 1 to %1, not "%2"</source>
            <translation>--scale måste vara ett heltal från 1 till %1, inte "%2"</translation>
        </message>
        <message>
            <source>%1 exists already; use --force to replace it</source>
            <translation>%1 finns redan; använd --force för att ersätta den</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>Kunde inte skriva %1</translation>
        </message>
        <message>
            <source>reports</source>
            <translation>rapporter</translation>
        </message>
        <message>
            <source>Wrote the Kungsör demo (scale %1) to %2 in %3 s
</source>
            <translation>Skrev Kungsör-demon (skala %1) till %2 på %3 s
</translation>
        </message>
        <message>
            <source>  incidents: %1 (%2 reported crimes, %3 reports), %4..%5
</source>
            <translation>  händelser: %1 (%2 anmälda brott, %3 rapporter), %4..%5
</translation>
        </message>
        <message>
            <source>  areas: %1, interventions: %2
</source>
            <translation>  områden: %1, insatser: %2
</translation>
        </message>
        <message>
            <source>Seed figures, counted in the store:
</source>
            <translation>Förlagans siffror, räknade i databasen:
</translation>
        </message>
        <message>
            <source>All content is synthetic: no real person or incident (see data/README.md).
</source>
            <translation>Allt innehåll är syntetiskt: inga verkliga personer eller händelser (se data/README.md).
</translation>
        </message>
        <message>
            <source>cannot be computed</source>
            <translation>kan inte beräknas</translation>
        </message>
        <message>
            <source>%1 (%2 days)</source>
            <translation>%1 (%2 dagar)</translation>
        </message>
        <message>
            <source>Follow-up of intervention %1%2
</source>
            <translation>Uppföljning av insats %1%2
</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>pågår</translation>
        </message>
        <message>
            <source>Intervention period: %1 – %2
</source>
            <translation>Insatsperiod: %1 – %2
</translation>
        </message>
        <message>
            <source>Treated area:  %1
</source>
            <translation>Insatsområde:    %1
</translation>
        </message>
        <message>
            <source>Buffer:        %1 m outside the treated area
</source>
            <translation>Buffertzon:      %1 m utanför insatsområdet
</translation>
        </message>
        <message>
            <source>Control area:  %1
</source>
            <translation>Kontrollområde:  %1
</translation>
        </message>
        <message>
            <source>Before:        %1
</source>
            <translation>Före:            %1
</translation>
        </message>
        <message>
            <source>During:        %1 (not compared)
</source>
            <translation>Under:           %1 (jämförs inte)
</translation>
        </message>
        <message>
            <source>After:         %1

</source>
            <translation>Efter:           %1

</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>Zon</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Före</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Efter</translation>
        </message>
        <message>
            <source>p-value</source>
            <translation>p-värde</translation>
        </message>
        <message>
            <source>Treated area</source>
            <translation>Insatsområde</translation>
        </message>
        <message>
            <source>Buffer</source>
            <translation>Buffertzon</translation>
        </message>
        <message>
            <source>Control area</source>
            <translation>Kontrollområde</translation>
        </message>
        <message>
            <source>Success measure (Ra/Ca − Rb/Cb):       %1
</source>
            <translation>Framgångsmått (Ra/Ca − Rb/Cb):                   %1
</translation>
        </message>
        <message>
            <source>Buffer displacement (Ba/Ca − Bb/Cb):   %1
</source>
            <translation>Förflyttning till buffertzonen (Ba/Ca − Bb/Cb):  %1
</translation>
        </message>
        <message>
            <source>(not meaningful: no measurable effect in the treated area)</source>
            <translation>(saknar betydelse: ingen mätbar effekt i insatsområdet)</translation>
        </message>
        <message>
            <source>Weighted displacement quotient (WDQ):  %1
</source>
            <translation>Viktad förflyttningskvot (WDQ):                  %1
</translation>
        </message>
        <message>
            <source>Total net effect (incidents avoided):  %1

</source>
            <translation>Total nettoeffekt (undvikna händelser):          %1

</translation>
        </message>
        <message>
            <source>Note: %1
</source>
            <translation>Observera: %1
</translation>
        </message>
        <message>
            <source>Incidents per week in the treated area, the buffer and the control area (ISO weeks)
</source>
            <translation>Händelser per vecka i insatsområdet, buffertzonen och kontrollområdet (ISO-veckor)
</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Vecka</translation>
        </message>
        <message>
            <source>Treated</source>
            <translation>Insats</translation>
        </message>
        <message>
            <source>Control</source>
            <translation>Kontroll</translation>
        </message>
        <message>
            <source>before</source>
            <translation>före</translation>
        </message>
        <message>
            <source>during</source>
            <translation>under</translation>
        </message>
        <message>
            <source>after</source>
            <translation>efter</translation>
        </message>
        <message>
            <source>Follow up an intervention: incidents in the treated area, a buffer around it and a control area before and after, with an exact Poisson test and the weighted displacement quotient (displacement or diffusion of benefits).</source>
            <translation>Följ upp en insats: händelser i insatsområdet, i en buffertzon runt det och i ett kontrollområde före och efter, med ett exakt Poissontest och den viktade förflyttningskvoten (förflyttning eller spridning av positiva effekter).</translation>
        </message>
        <message>
            <source>Id of the intervention.</source>
            <translation>Insatsens id.</translation>
        </message>
        <message>
            <source>Days before the start to compare with (default 28).</source>
            <translation>Antal dagar före starten att jämföra med (standard 28).</translation>
        </message>
        <message>
            <source>Days of the after period (default: as many as before).</source>
            <translation>Antal dagar i efterperioden (standard: lika många som före).</translation>
        </message>
        <message>
            <source>Where the after period begins: start (the intervention's first day, default) or end (the day after it ended).</source>
            <translation>Var efterperioden börjar: start (insatsens första dag, standard) eller end (dagen efter att insatsen avslutades).</translation>
        </message>
        <message>
            <source>Width in metres of the buffer around the treated area (default 200).</source>
            <translation>Bredd i meter på buffertzonen runt insatsområdet (standard 200).</translation>
        </message>
        <message>
            <source>Area code of the control area (default: the municipality).</source>
            <translation>Områdeskod för kontrollområdet (standard: kommunen).</translation>
        </message>
        <message>
            <source>crime, report or all (default).</source>
            <translation>crime, report eller all (standard).</translation>
        </message>
        <message>
            <source>Only this category (repeatable).</source>
            <translation>Bara denna kategori (kan upprepas).</translation>
        </message>
        <message>
            <source>Only this source (repeatable).</source>
            <translation>Bara denna källa (kan upprepas).</translation>
        </message>
        <message>
            <source>--intervention ID is required</source>
            <translation>--intervention ID krävs</translation>
        </message>
        <message>
            <source>--intervention must be a number, not "%1"</source>
            <translation>--intervention måste vara ett tal, inte "%1"</translation>
        </message>
        <message>
            <source>--before-days must be a whole number of days, at least 1</source>
            <translation>--before-days måste vara ett helt antal dagar, minst 1</translation>
        </message>
        <message>
            <source>--after-days must be a whole number of days, at least 1</source>
            <translation>--after-days måste vara ett helt antal dagar, minst 1</translation>
        </message>
        <message>
            <source>unknown --after-from "%1": use start or end</source>
            <translation>okänt --after-from "%1": använd start eller end</translation>
        </message>
        <message>
            <source>--buffer must be a distance in metres above 0</source>
            <translation>--buffer måste vara ett avstånd i meter större än 0</translation>
        </message>
        <message>
            <source>%1: there is no intervention with id %2</source>
            <translation>%1: det finns ingen insats med id %2</translation>
        </message>
        <message>
            <source>Cells by class (FDR-adjusted): %1
</source>
            <translation>Celler per klass (FDR-justerade): %1
</translation>
        </message>
        <message>
            <source>No incidents match the selection.</source>
            <translation>Inga händelser matchar urvalet.</translation>
        </message>
        <message>
            <source>--top must be a whole number ≥ 0</source>
            <translation>--top måste vara ett heltal ≥ 0</translation>
        </message>
        <message>
            <source>Repeat locations: %1 incidents, %2 places, %3 without an address
</source>
            <translation>Återkommande platser: %1 händelser, %2 platser, %3 utan adress
</translation>
        </message>
        <message>
            <source>Half of all incidents happened at %1 places (%2 % of the places).
</source>
            <translation>Hälften av alla händelser inträffade på %1 platser (%2 % av platserna).
</translation>
        </message>
        <message>
            <source>rank  count  share  cumulative  address</source>
            <translation>rang  antal  andel  kumulativt  adress</translation>
        </message>
        <message>
            <source>--method addresses writes a .csv file</source>
            <translation>--method addresses skriver en .csv-fil</translation>
        </message>
        <message>
            <source>Wrote %1
</source>
            <translation>Skrev %1
</translation>
        </message>
        <message>
            <source>Hot spots of the filtered incidents: kernel density (heat map), Getis-Ord Gi* with FDR-adjusted classes, counts per cell, or repeat addresses; with --compare-to, how Gi* hot spots changed. Grids are aligned to multiples of --cell in EPSG:3006. Output by extension: .tif (GeoTIFF), .gpkg (cell polygons), .csv (x,y,count,value,z,p,p_fdr,class).</source>
            <translation>Hot spots för de filtrerade händelserna: kärntäthet (värmekarta), Getis-Ord Gi* med FDR-justerade klasser, antal per cell eller återkommande adresser; med --compare-to hur Gi*-hot spots har förändrats. Rutnäten följer multiplar av --cell i EPSG:3006. Utdata efter filändelse: .tif (GeoTIFF), .gpkg (cellpolygoner), .csv (x,y,count,value,z,p,p_fdr,class).</translation>
        </message>
        <message>
            <source>kde (default), gistar, count or addresses.</source>
            <translation>kde (standard), gistar, count eller addresses.</translation>
        </message>
        <message>
            <source>Cell size in metres (default 10 for kde, 50 otherwise).</source>
            <translation>Cellstorlek i meter (standard 10 för kde, annars 50).</translation>
        </message>
        <message>
            <source>Kernel radius (bandwidth) in metres, default 200.</source>
            <translation>Kärnans radie (bandbredd) i meter, standard 200.</translation>
        </message>
        <message>
            <source>Gi* neighbour distance between cell centres in metres (default 2.5 cells), the cell itself included.</source>
            <translation>Gi*-grannavstånd mellan cellernas mittpunkter i meter (standard 2,5 celler), cellen själv inräknad.</translation>
        </message>
        <message>
            <source>Kernel shape (as QGIS's heatmap), default quartic.</source>
            <translation>Kärnans form (som i QGIS värmekarta), standard quartic.</translation>
        </message>
        <message>
            <source>kde: a density per km² (each incident's kernel integrates to 1) instead of raw kernel sums.</source>
            <translation>kde: täthet per km² (varje händelses kärna integreras till 1) i stället för råa kärnsummor.</translation>
        </message>
        <message>
            <source>Grid extent in EPSG:3006 (snapped outwards to the cells); default: the incidents, grown by the radius for kde.</source>
            <translation>Rutnätets utbredning i EPSG:3006 (utvidgad utåt till hela celler); standard: händelsernas utbredning, för kde utökad med radien.</translation>
        </message>
        <message>
            <source>Only incidents in these local days, e.g. 2021-06-01..2021-11-30.</source>
            <translation>Bara händelser under dessa lokala dagar, t.ex. 2021-06-01..2021-11-30.</translation>
        </message>
        <message>
            <source>gistar: the reference period A; cells are flagged new, persistent, intensifying, diminishing or disappearing hot spots from A to --period (B). Writes x,y,count_a,count_b,change,z_a,z_b,class_a,class_b,trend.</source>
            <translation>gistar: referensperioden A; cellerna markeras som nya (new), bestående (persistent), förstärkta (intensifying), försvagade (diminishing) eller försvunna (disappearing) hot spots från A till --period (B). Skriver x,y,count_a,count_b,change,z_a,z_b,class_a,class_b,trend.</translation>
        </message>
        <message>
            <source>Also use points that only say which municipality (police feed centre points); left out by default.</source>
            <translation>Använd även punkter som bara anger kommunen (centrumpunkter från polisens händelseflöde); utelämnas som standard.</translation>
        </message>
        <message>
            <source>addresses: how many places to print (default 20).</source>
            <translation>addresses: hur många platser som skrivs ut (standard 20).</translation>
        </message>
        <message>
            <source>Output file: .tif, .gpkg or .csv.</source>
            <translation>Utdatafil: .tif, .gpkg eller .csv.</translation>
        </message>
        <message>
            <source>unknown --method "%1": use kde, gistar, count or addresses</source>
            <translation>okänt --method "%1": använd kde, gistar, count eller addresses</translation>
        </message>
        <message>
            <source>unknown --kernel "%1": use quartic, triangular, uniform, triweight or epanechnikov</source>
            <translation>okänt --kernel "%1": använd quartic, triangular, uniform, triweight eller epanechnikov</translation>
        </message>
        <message>
            <source>--cell must be a number of metres</source>
            <translation>--cell måste vara ett antal meter</translation>
        </message>
        <message>
            <source>--radius must be a number of metres</source>
            <translation>--radius måste vara ett antal meter</translation>
        </message>
        <message>
            <source>--distance must be a number of metres</source>
            <translation>--distance måste vara ett antal meter</translation>
        </message>
        <message>
            <source>--extent must be XMIN,YMIN,XMAX,YMAX in metres (EPSG:3006)</source>
            <translation>--extent måste vara XMIN,YMIN,XMAX,YMAX i meter (EPSG:3006)</translation>
        </message>
        <message>
            <source>--compare-to needs --method gistar</source>
            <translation>--compare-to kräver --method gistar</translation>
        </message>
        <message>
            <source>--compare-to needs --period (the period compared with it)</source>
            <translation>--compare-to kräver --period (perioden som jämförs med den)</translation>
        </message>
        <message>
            <source>--out FILE is required (.tif, .gpkg or .csv)</source>
            <translation>--out FILE krävs (.tif, .gpkg eller .csv)</translation>
        </message>
        <message>
            <source>--out must end in .tif, .gpkg or .csv: %1</source>
            <translation>--out måste sluta på .tif, .gpkg eller .csv: %1</translation>
        </message>
        <message>
            <source>No incidents match the selection in the --compare-to period %1.</source>
            <translation>Inga händelser matchar urvalet under --compare-to-perioden %1.</translation>
        </message>
        <message>
            <source>No incidents match the selection; there is nothing to map.</source>
            <translation>Inga händelser matchar urvalet; det finns inget att visa på kartan.</translation>
        </message>
        <message>
            <source>Gi* hot spots %1 (A, %2 incidents) vs %3 (B, %4 incidents): %5 × %6 cells of %7, distance %8
</source>
            <translation>Gi*-hot spots %1 (A, %2 händelser) jämfört med %3 (B, %4 händelser): %5 × %6 celler om %7, avstånd %8
</translation>
        </message>
        <message>
            <source>Hot-spot cells: %1
</source>
            <translation>Hot spot-celler: %1
</translation>
        </message>
        <message>
            <source>Wrote %1 in %2 s
</source>
            <translation>Skrev %1 på %2 s
</translation>
        </message>
        <message>
            <source>kernel density, %1 kernel, radius %2, %3; highest value %4</source>
            <translation>kärntäthet, kärna %1, radie %2, %3; högsta värde %4</translation>
        </message>
        <message>
            <source>incidents per km²</source>
            <translation>händelser per km²</translation>
        </message>
        <message>
            <source>raw kernel sums</source>
            <translation>råa kärnsummor</translation>
        </message>
        <message>
            <source>Getis-Ord Gi*, neighbours within %1</source>
            <translation>Getis-Ord Gi*, grannar inom %1</translation>
        </message>
        <message>
            <source>incidents per cell</source>
            <translation>händelser per cell</translation>
        </message>
        <message>
            <source>%1 incidents (%2 outside the grid), %3 × %4 cells of %5 from (%6, %7): %8
</source>
            <translation>%1 händelser (%2 utanför rutnätet), %3 × %4 celler om %5 från (%6, %7): %8
</translation>
        </message>
        <message>
            <source>Create a new, empty incident store (a GeoPackage).</source>
            <translation>Skapa en ny, tom händelsedatabas (en GeoPackage).</translation>
        </message>
        <message>
            <source>Created store %1 (schema version %2)
</source>
            <translation>Skapade databasen %1 (schemaversion %2)
</translation>
        </message>
        <message>
            <source>Lägesbild: incidents, period comparison, hot spots and reports for municipal safety work.

</source>
            <translation>Lägesbild: händelser, periodjämförelse, koncentrationer (hot spots) och rapporter för kommunalt trygghetsarbete.

</translation>
        </message>
        <message>
            <source>Commands:
</source>
            <translation>Kommandon:
</translation>
        </message>
        <message>
            <source> (not built yet)</source>
            <translation> (inte byggt ännu)</translation>
        </message>
        <message>
            <source>
Dates are local (Europe/Stockholm); FROM..TO includes both days.
Exit codes: 0 success, 1 bad input, 2 usage error.
</source>
            <translation>
Datum anges i lokal tid (Europe/Stockholm); FROM..TO omfattar båda dagarna.
Slutkoder: 0 lyckades, 1 felaktig indata, 2 användningsfel.
</translation>
        </message>
        <message>
            <source>lagesbild-cli %1: this command is not built yet
</source>
            <translation>lagesbild-cli %1: det här kommandot är inte byggt ännu
</translation>
        </message>
        <message>
            <source>lagesbild-cli %1: could not start the part that needs QGIS (%2)
</source>
            <translation>lagesbild-cli %1: kunde inte starta delen som behöver QGIS (%2)
</translation>
        </message>
        <message>
            <source>lagesbild-cli %1: could not start the part that needs GDAL (%2)
</source>
            <translation>lagesbild-cli %1: kunde inte starta delen som behöver GDAL (%2)
</translation>
        </message>
        <message>
            <source>lagesbild-cli: unknown command "%1" (see lagesbild-cli --help)
</source>
            <translation>lagesbild-cli: okänt kommando "%1" (se lagesbild-cli --help)
</translation>
        </message>
        <message>
            <source>Print a map sheet or the lägesbild report to PDF (QGIS print layouts, headless).</source>
            <translation>Skriv ut ett kartblad eller lägesbildsrapporten till PDF (QGIS-utskriftslayouter, utan fönster).</translation>
        </message>
        <message>
            <source>The period shown, e.g. 2021-01-01..2021-12-12.</source>
            <translation>Perioden som visas, t.ex. 2021-01-01..2021-12-12.</translation>
        </message>
        <message>
            <source>The earlier period to compare with (report: default the same days a year before).</source>
            <translation>Den tidigare perioden att jämföra med (rapport: standard är samma dagar ett år tidigare).</translation>
        </message>
        <message>
            <source>The title on the sheet.</source>
            <translation>Rubriken på bladet.</translation>
        </message>
        <message>
            <source>The coordinator's assessment (report template).</source>
            <translation>Samordnarens bedömning (rapportmall).</translation>
        </message>
        <message>
            <source>Public version: counts per grid cell instead of points, small counts suppressed.</source>
            <translation>Offentlig version: antal per rutnätscell i stället för punkter, små antal döljs.</translation>
        </message>
        <message>
            <source>Map sheets: draw the heat map (kernel density) instead of the points.</source>
            <translation>Kartblad: rita värmekartan (kärntäthet) i stället för punkterna.</translation>
        </message>
        <message>
            <source>Public version: hide counts below N (default 5).</source>
            <translation>Offentlig version: dölj antal under N (standard 5).</translation>
        </message>
        <message>
            <source>Public version: grid cell size in metres (default 250).</source>
            <translation>Offentlig version: rutnätets cellstorlek i meter (standard 250).</translation>
        </message>
        <message>
            <source>--out is required</source>
            <translation>--out krävs</translation>
        </message>
        <message>
            <source>--min-count must be a whole number of at least 1</source>
            <translation>--min-count måste vara ett heltal, minst 1</translation>
        </message>
        <message>
            <source>--cell-size must be between 10 and 100000 metres</source>
            <translation>--cell-size måste vara mellan 10 och 100000 meter</translation>
        </message>
        <message>
            <source>Wrote the %1 template to %2
</source>
            <translation>Skrev mallen %1 till %2
</translation>
        </message>
        <message>
            <source>map-a4, map-a3 or report, or a layout template (.qpt) edited in QGIS.</source>
            <translation>map-a4, map-a3 eller report, eller en layoutmall (.qpt) redigerad i QGIS.</translation>
        </message>
        <message>
            <source>Report template: add a follow-up page for this intervention id (repeatable).</source>
            <translation>Rapportmall: lägg till en uppföljningssida för insatsen med detta id (kan upprepas).</translation>
        </message>
        <message>
            <source>PNG output: resolution in dpi (default 150).</source>
            <translation>PNG-utdata: upplösning i dpi (standard 150).</translation>
        </message>
        <message>
            <source>PNG output: one file per page (FILE.png, FILE_2.png …), not just the first.</source>
            <translation>PNG-utdata: en fil per sida (FILE.png, FILE_2.png …), inte bara den första.</translation>
        </message>
        <message>
            <source>The PDF (or .png) to write.</source>
            <translation>PDF-filen (eller .png-filen) som ska skrivas.</translation>
        </message>
        <message>
            <source>Save the built-in template of --template as FILE.qpt to edit in QGIS, instead of printing.</source>
            <translation>Spara den inbyggda mallen för --template som FILE.qpt för redigering i QGIS, i stället för att skriva ut.</translation>
        </message>
        <message>
            <source>Developers: draw the default templates from code into DIR (how resources/layouts is made).</source>
            <translation>För utvecklare: rita standardmallarna från koden till DIR (så skapas resources/layouts).</translation>
        </message>
        <message>
            <source>Wrote map-a4.qpt, map-a3.qpt, report.qpt and followup.qpt to %1
</source>
            <translation>Skrev map-a4.qpt, map-a3.qpt, report.qpt och followup.qpt till %1
</translation>
        </message>
        <message>
            <source>unknown --template "%1": use map-a4, map-a3, report or a .qpt file</source>
            <translation>okänt --template "%1": använd map-a4, map-a3, report eller en .qpt-fil</translation>
        </message>
        <message>
            <source>the store is required</source>
            <translation>databasen måste anges</translation>
        </message>
        <message>
            <source>--dpi must be a whole number from 30 to 1200</source>
            <translation>--dpi måste vara ett heltal från 30 till 1200</translation>
        </message>
        <message>
            <source>--intervention needs --template report</source>
            <translation>--intervention kräver --template report</translation>
        </message>
        <message>
            <source>--%1: "%2" is not a date (YYYY-MM-DD)</source>
            <translation>--%1: "%2" är inget datum (ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <source>--at: "%1" is not X,Y (easting,northing; or lon,lat with --crs EPSG:4326)</source>
            <translation>--at: "%1" är inte X,Y (östlig,nordlig koordinat; eller lon,lat med --crs EPSG:4326)</translation>
        </message>
        <message>
            <source>--at: %1 (%2) is not a place in Sweden</source>
            <translation>--at: %1 (%2) är ingen plats i Sverige</translation>
        </message>
        <message>
            <source>--polygon: "%1" is not a corner "X Y"</source>
            <translation>--polygon: "%1" är inget hörn "X Y"</translation>
        </message>
        <message>
            <source>--polygon needs at least three corners "X Y, X Y, X Y"</source>
            <translation>--polygon behöver minst tre hörn "X Y, X Y, X Y"</translation>
        </message>
        <message>
            <source>--polygon: corner %1 is not a place in Sweden</source>
            <translation>--polygon: hörn %1 är ingen plats i Sverige</translation>
        </message>
        <message>
            <source>drawn polygon</source>
            <translation>ritad polygon</translation>
        </message>
        <message>
            <source>%1 m around %2, %3</source>
            <translation>%1 m runt %2, %3</translation>
        </message>
        <message>
            <source>area %1</source>
            <translation>område %1</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Slut</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>avslutad</translation>
        </message>
        <message>
            <source>active</source>
            <translation>pågående</translation>
        </message>
        <message>
            <source>--type must be one of %1, not "%2"</source>
            <translation>--type måste vara en av %1, inte "%2"</translation>
        </message>
        <message>
            <source>--title is required</source>
            <translation>--title krävs</translation>
        </message>
        <message>
            <source>--start YYYY-MM-DD is required</source>
            <translation>--start ÅÅÅÅ-MM-DD krävs</translation>
        </message>
        <message>
            <source>--end (%1) is before --start (%2)</source>
            <translation>--end (%1) ligger före --start (%2)</translation>
        </message>
        <message>
            <source>give the place as exactly one of --at X,Y --radius M, --polygon "X Y, …" or --area CODE</source>
            <translation>ange platsen med exakt ett av --at X,Y --radius M, --polygon "X Y, …" eller --area KOD</translation>
        </message>
        <message>
            <source>--radius must be a distance in metres above 0</source>
            <translation>--radius måste vara ett avstånd i meter större än 0</translation>
        </message>
        <message>
            <source>--area: the store has no area "%1"</source>
            <translation>--area: databasen har inget område "%1"</translation>
        </message>
        <message>
            <source>--trigger: "%1" is not an incident id</source>
            <translation>--trigger: "%1" är inget händelse-id</translation>
        </message>
        <message>
            <source>Intervention %1 registered: %2</source>
            <translation>Insats %1 registrerad: %2</translation>
        </message>
        <message>
            <source>"%1" is not an intervention id</source>
            <translation>"%1" är inget insats-id</translation>
        </message>
        <message>
            <source>The store has no intervention %1.</source>
            <translation>Databasen har ingen insats %1.</translation>
        </message>
        <message>
            <source>--end (%1) is before the intervention's start</source>
            <translation>--end (%1) ligger före insatsens start</translation>
        </message>
        <message>
            <source>Intervention %1 closed; it ended %2.</source>
            <translation>Insats %1 avslutad; den slutade %2.</translation>
        </message>
        <message>
            <source>Intervention %1 deleted.</source>
            <translation>Insats %1 borttagen.</translation>
        </message>
        <message>
            <source>The store's interventions: list them, register one (at a point with a radius, in a polygon or in a named area), close one or delete one. Coordinates are SWEREF 99 TM unless --crs says otherwise.</source>
            <translation>Databasens insatser: lista dem, registrera en (vid en punkt med radie, i en polygon eller i ett namngivet område), avsluta en eller ta bort en. Koordinater anges i SWEREF 99 TM om inte --crs säger annat.</translation>
        </message>
        <message>
            <source>add: %1.</source>
            <translation>add: en av %1.</translation>
        </message>
        <message>
            <source>add: a title, e.g. the place and what is done.</source>
            <translation>add: en rubrik, t.ex. platsen och vad som görs.</translation>
        </message>
        <message>
            <source>add: first day.</source>
            <translation>add: första dagen.</translation>
        </message>
        <message>
            <source>add: last day (none: ongoing); close: the day it ended (default today).</source>
            <translation>add: sista dagen (ingen: pågående); close: dagen den slutade (standard i dag).</translation>
        </message>
        <message>
            <source>add: the place as X,Y, with --radius.</source>
            <translation>add: platsen som X,Y, med --radius.</translation>
        </message>
        <message>
            <source>add: metres around --at.</source>
            <translation>add: meter runt --at.</translation>
        </message>
        <message>
            <source>add: the place as corners "X Y, X Y, X Y, …".</source>
            <translation>add: platsen som hörn "X Y, X Y, X Y, …".</translation>
        </message>
        <message>
            <source>add: the place as a named area of the store.</source>
            <translation>add: platsen som ett namngivet område i databasen.</translation>
        </message>
        <message>
            <source>add: CRS of --at and --polygon (default EPSG:3006).</source>
            <translation>add: koordinatsystem för --at och --polygon (standard EPSG:3006).</translation>
        </message>
        <message>
            <source>add: an actor involved (repeatable).</source>
            <translation>add: en inblandad aktör (kan upprepas).</translation>
        </message>
        <message>
            <source>add: ids of the incidents that led to it (comma-separated, repeatable).</source>
            <translation>add: id för händelserna som ledde till den (kommaseparerade, kan upprepas).</translation>
        </message>
        <message>
            <source>add: a note.</source>
            <translation>add: en anteckning.</translation>
        </message>
        <message>
            <source>unknown action "%1": list, add, close or delete</source>
            <translation>okänd åtgärd "%1": list, add, close eller delete</translation>
        </message>
        <message>
            <source>%1 needs the intervention's id</source>
            <translation>%1 kräver insatsens id</translation>
        </message>
        <message>
            <source>%1 takes no id</source>
            <translation>%1 tar inget id</translation>
        </message>
        <message numerus="yes">
            <source>%n intervention(s)</source>
            <translation>
                <numerusform>%n insats</numerusform>
                <numerusform>%n insatser</numerusform>
            </translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… och %1 till</translation>
        </message>
        <message>
            <source>Import incidents from CSV, GeoJSON, any OGR source or the police events feed.</source>
            <translation>Importera händelser från CSV, GeoJSON, valfri OGR-datakälla eller polisens händelseflöde.</translation>
        </message>
        <message>
            <source>File format (default: detected).</source>
            <translation>Filformat (standard: identifieras automatiskt).</translation>
        </message>
        <message>
            <source>Column mapping and value maps (JSON).</source>
            <translation>Kolumnmappning och värdemappningar (JSON).</translation>
        </message>
        <message>
            <source>Source (reporting organisation) for rows without one.</source>
            <translation>Källa (rapporterande organisation) för rader som saknar källa.</translation>
        </message>
        <message>
            <source>Kind for rows without one (default: report; crime for the police feed).</source>
            <translation>Typ för rader som saknar typ (standard: report; crime för polisens händelseflöde).</translation>
        </message>
        <message>
            <source>CRS of x/y (E/N) columns (default: EPSG:3006; lat/lon: EPSG:4326).</source>
            <translation>CRS för x/y-kolumner (E/N) (standard: EPSG:3006; lat/lon: EPSG:4326).</translation>
        </message>
        <message>
            <source>Date format when dates are ambiguous, e.g. "d/M/yyyy HH:mm".</source>
            <translation>Datumformat när datum är tvetydiga, t.ex. "d/M/yyyy HH:mm".</translation>
        </message>
        <message>
            <source>Import the valid rows; write the others to NAME.rejected.csv.</source>
            <translation>Importera de giltiga raderna; skriv de övriga till NAME.rejected.csv.</translation>
        </message>
        <message>
            <source>unknown --format "%1"</source>
            <translation>okänt --format "%1"</translation>
        </message>
        <message>
            <source>--kind must be crime or report</source>
            <translation>--kind måste vara crime eller report</translation>
        </message>
        <message>
            <source>Reading %1</source>
            <translation>Läser %1</translation>
        </message>
        <message>
            <source>warning: </source>
            <translation>varning: </translation>
        </message>
        <message>
            <source>lagesbild-cli import: invalid rows; nothing was imported (fix them, or use --skip-invalid)
</source>
            <translation>lagesbild-cli import: ogiltiga rader; ingenting importerades (rätta dem eller använd --skip-invalid)
</translation>
        </message>
        <message>
            <source>Writing %1</source>
            <translation>Skriver %1</translation>
        </message>
        <message>
            <source>%1: read %2, imported %3, duplicates %4, rejected %5, masked %6
</source>
            <translation>%1: lästa %2, importerade %3, dubbletter %4, avvisade %5, maskerade %6
</translation>
        </message>
        <message>
            <source>  new categories: %1
</source>
            <translation>  nya kategorier: %1
</translation>
        </message>
        <message>
            <source>  new sources: %1
</source>
            <translation>  nya källor: %1
</translation>
        </message>
        <message>
            <source>  rejected rows written to %1
</source>
            <translation>  avvisade rader skrivna till %1
</translation>
        </message>
        <message>
            <source>total: read %1, imported %2, duplicates %3, rejected %4, masked %5
</source>
            <translation>totalt: lästa %1, importerade %2, dubbletter %3, avvisade %4, maskerade %5
</translation>
        </message>
        <message>
            <source>lagesbild-cli %1: another program is writing to the store; waiting for its turn…
</source>
            <translation>lagesbild-cli %1: ett annat program skriver till databasen; väntar på sin tur…
</translation>
        </message>
        <message>
            <source>lagesbild-cli %1: the store is free again; going on.
</source>
            <translation>lagesbild-cli %1: databasen är ledig igen; fortsätter.
</translation>
        </message>
        <message>
            <source>lagesbild-cli %1: note: the store %2 is read-only here; it is read, not changed.
</source>
            <translation>lagesbild-cli %1: obs: databasen %2 är skrivskyddad här; den läses men ändras inte.
</translation>
        </message>
        <message>
            <source>Usage: lagesbild-cli %1 %2</source>
            <translation>Användning: lagesbild-cli %1 %2</translation>
        </message>
        <message>
            <source>Options:</source>
            <translation>Alternativ:</translation>
        </message>
        <message>
            <source>Usage: lagesbild-cli %1 %2 (see --help)</source>
            <translation>Användning: lagesbild-cli %1 %2 (se --help)</translation>
        </message>
        <message>
            <source>Write the Kungsör demo store (N times the incidents for benchmarks).</source>
            <translation>Skriv Kungsörs demolager (N gånger händelserna för prestandamätning).</translation>
        </message>
        <message>
            <source>Compare two periods with an exact Poisson test.</source>
            <translation>Jämför två perioder med ett exakt Poissontest.</translation>
        </message>
        <message>
            <source>Time patterns: hour × weekday, month, category.</source>
            <translation>Tidsmönster: timme × veckodag, månad, kategori.</translation>
        </message>
        <message>
            <source>Hot spots: kernel density, Getis-Ord Gi*, counts per cell, repeat addresses.</source>
            <translation>Brännpunkter: kärntäthet, Getis-Ord Gi*, antal per ruta, upprepade adresser.</translation>
        </message>
        <message>
            <source>Follow up an intervention: before/after, displacement (WDQ).</source>
            <translation>Följ upp en insats: före/efter, förflyttning (WDQ).</translation>
        </message>
        <message>
            <source>List, register, close or delete interventions.</source>
            <translation>Lista, registrera, avsluta eller ta bort insatser.</translation>
        </message>
        <message>
            <source>Print the lägesbild report to PDF.</source>
            <translation>Skriv ut lägesbildsrapporten som PDF.</translation>
        </message>
        <message>
            <source>The municipality the store is for: its SCB code (1960) or name (Kungsör).</source>
            <translation>Kommunen som lagret gäller: dess SCB-kod (1960) eller namn (Kungsör).</translation>
        </message>
        <message>
            <source>--municipality %1: no Swedish municipality has this code or name</source>
            <translation>--municipality %1: ingen svensk kommun har den koden eller det namnet</translation>
        </message>
        <message>
            <source>Municipality: %1
</source>
            <translation>Kommun: %1
</translation>
        </message>
        <message>
            <source>Report template: the period of the lägesbild reports when it differs from --period.</source>
            <translation>Rapportmallen: lägesrapporternas period när den skiljer sig från --period.</translation>
        </message>
        <message>
            <source>Report template: the earlier period of the lägesbild reports (default the same days a year before).</source>
            <translation>Rapportmallen: lägesrapporternas tidigare period (standard: samma dagar ett år tidigare).</translation>
        </message>
        <message>
            <source>Report template: also show the sum of reported crimes and reports (labelled as a sum).</source>
            <translation>Rapportmallen: visa även summan av anmälda brott och lägesrapporter (märkt som summa).</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1 (%n page(s), %2 incidents) in %3 s
</source>
            <translation>
                <numerusform>Skrev %1 (%n sida, %2 händelser) på %3 s
</numerusform>
                <numerusform>Skrev %1 (%n sidor, %2 händelser) på %3 s
</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage: lagesbild-cli COMMAND [ARGUMENTS] [--help]</source>
            <translation>Användning: lagesbild-cli KOMMANDO [ARGUMENT] [--help]</translation>
        </message>
        <message>
            <source>  base map: %1 (generated demo town)
</source>
            <translation>  bakgrundskarta: %1 (genererad demostad)
</translation>
        </message>
        <message>
            <source>Aoristic counts: %1 incidents spread over their time windows (each hour receives the share of the window it covers); %2 windows longer than %3 days counted at their start.</source>
            <translation>Aoristiska antal: %1 händelser fördelade över sina tidsfönster (varje timme får den andel av fönstret den täcker); %2 fönster längre än %3 dagar räknade vid sin början.</translation>
        </message>
        <message>
            <source>Time patterns %1 (aoristic): %2, %3 in total</source>
            <translation>Tidsmönster %1 (aoristiskt): %2, %3 totalt</translation>
        </message>
        <message>
            <source>Period comparison (aoristic): %1</source>
            <translation>Periodjämförelse (aoristisk): %1</translation>
        </message>
        <message>
            <source>Change: %1 (%2)</source>
            <translation>Förändring: %1 (%2)</translation>
        </message>
        <message>
            <source>No significance test: aoristic counts are fractional, and the exact Poisson test needs whole counts. Compare without --aoristic for p-values.</source>
            <translation>Inget signifikanstest: aoristiska antal är bråktal och det exakta Poissontestet kräver hela antal. Jämför utan --aoristic för p-värden.</translation>
        </message>
        <message>
            <source>Spread incidents with a time window over it (aoristic counts).</source>
            <translation>Fördela händelser med ett tidsfönster över fönstret (aoristiska antal).</translation>
        </message>
        <message>
            <source>With --aoristic: windows longer than this are counted at their start (default 7).</source>
            <translation>Med --aoristic: fönster längre än så räknas vid sin början (standard 7).</translation>
        </message>
        <message>
            <source>--max-window-days must be a number of days from 0 to 366</source>
            <translation>--max-window-days måste vara ett antal dagar från 0 till 366</translation>
        </message>
        <message>
            <source>Near repeats (Knox test): %1, %2 incidents, %3 pairs</source>
            <translation>Närupprepning (Knox-test): %1, %2 händelser, %3 par</translation>
        </message>
        <message>
            <source>Distance: %1. Time: %2. %3 permutations of the times, seed %4; %5 s.</source>
            <translation>Avstånd: %1. Tid: %2. %3 permutationer av tiderna, frö %4; %5 s.</translation>
        </message>
        <message>
            <source>Manhattan</source>
            <translation>Manhattan</translation>
        </message>
        <message>
            <source>Euclidean</source>
            <translation>euklidiskt</translation>
        </message>
        <message>
            <source>exact differences</source>
            <translation>exakta skillnader</translation>
        </message>
        <message>
            <source>whole days</source>
            <translation>hela dagar</translation>
        </message>
        <message>
            <source>Observed pairs</source>
            <translation>Observerade par</translation>
        </message>
        <message>
            <source>Mean expected pairs (simulated)</source>
            <translation>Förväntade par, medelvärde (simulerat)</translation>
        </message>
        <message>
            <source>Knox ratio (observed / expected; * significant)</source>
            <translation>Knox-kvot (observerat / förväntat; * signifikant)</translation>
        </message>
        <message>
            <source>* p ≤ %1 and more pairs than expected; p = (simulations ≥ observed + 1) / (simulations + 1).</source>
            <translation>* p ≤ %1 och fler par än förväntat; p = (simuleringar ≥ observerat + 1) / (simuleringar + 1).</translation>
        </message>
        <message>
            <source>Near repeats: the Knox test of pairs close in space and time, with Monte Carlo permutations.</source>
            <translation>Närupprepning: Knox-test av par nära i rum och tid, med Monte Carlo-permutationer.</translation>
        </message>
        <message>
            <source>Only incidents of this period, local days, both included.</source>
            <translation>Bara händelser i denna period, lokala dagar, båda inräknade.</translation>
        </message>
        <message>
            <source>Breaks of the distance bands in metres, from 0; the last band is open-ended: 0,1,100,200,300,400.</source>
            <translation>Gränser för avståndsbanden i meter, från 0; det sista bandet är öppet uppåt: 0,1,100,200,300,400.</translation>
        </message>
        <message>
            <source>Breaks of the time bands in days, from 0; the last band is open-ended: 0,7,14,21,28.</source>
            <translation>Gränser för tidsbanden i dagar, från 0; det sista bandet är öppet uppåt: 0,7,14,21,28.</translation>
        </message>
        <message>
            <source>Monte Carlo permutations of the times (default 999).</source>
            <translation>Monte Carlo-permutationer av tiderna (standard 999).</translation>
        </message>
        <message>
            <source>Seed of the permutations (same seed, same result).</source>
            <translation>Frö för permutationerna (samma frö, samma resultat).</translation>
        </message>
        <message>
            <source>Euclidean (default) or Manhattan distance.</source>
            <translation>Euklidiskt (standard) eller Manhattan-avstånd.</translation>
        </message>
        <message>
            <source>Exact time differences instead of whole local days.</source>
            <translation>Exakta tidsskillnader i stället för hela lokala dagar.</translation>
        </message>
        <message>
            <source>--space-bands and --time-bands are required</source>
            <translation>--space-bands och --time-bands krävs</translation>
        </message>
        <message>
            <source>--permutations must be a whole number from 1 to %1</source>
            <translation>--permutations måste vara ett heltal från 1 till %1</translation>
        </message>
        <message>
            <source>--seed must be a whole number ≥ 0</source>
            <translation>--seed måste vara ett heltal ≥ 0</translation>
        </message>
        <message>
            <source>unknown --distance "%1": use euclidean or manhattan</source>
            <translation>okänt --distance "%1": använd euclidean eller manhattan</translation>
        </message>
        <message>
            <source>≥ %1 m</source>
            <translation>≥ %1 m</translation>
        </message>
        <message>
            <source>Same location</source>
            <translation>Samma plats</translation>
        </message>
        <message>
            <source>%1–%2 m</source>
            <translation>%1–%2 m</translation>
        </message>
        <message>
            <source>≥ %1 days</source>
            <translation>≥ %1 dagar</translation>
        </message>
        <message>
            <source>%1 days</source>
            <translation>%1 dagar</translation>
        </message>
        <message>
            <source>%1–%2 days</source>
            <translation>%1–%2 dagar</translation>
        </message>
        <message>
            <source>No combination of distance and time has significantly more pairs than chance gives (p ≤ %1).</source>
            <translation>Ingen kombination av avstånd och tid har signifikant fler par än slumpen ger (p ≤ %1).</translation>
        </message>
        <message>
            <source>Within %1 m and %2 days of an incident%3, the risk of another is %4 times the expected (p = %5).</source>
            <translation>Inom %1 m och %2 dagar efter en händelse%3 är risken för en ny %4 gånger den förväntade (p = %5).</translation>
        </message>
        <message>
            <source>Bands include their lower bound and exclude their upper one: 100–200 m is [100, 200) metres, 0–6 days is a difference of 0 to 6 whole days, [0, 7). The Near Repeat Calculator's "101 to 200" is the same [100, 200).</source>
            <translation>Banden omfattar sin nedre gräns men inte sin övre: 100–200 m är [100, 200) meter, 0–6 dagar är en skillnad på 0 till 6 hela dagar, [0, 7). Near Repeat Calculators "101 to 200" är samma [100, 200).</translation>
        </message>
        <message>
            <source>Near repeats: the Knox test with Monte Carlo permutations.</source>
            <translation>Närupprepning: Knox-test med Monte Carlo-permutationer.</translation>
        </message>
        <message>
            <source>Load the address register (geocoding) from any OGR source: OSM, Lantmäteriet, CSV with x/y.</source>
            <translation>Läs in adressregistret (geokodning) från valfri OGR-källa: OSM, Lantmäteriet, CSV med x/y.</translation>
        </message>
        <message>
            <source>Load the address register (geocoding) from any OGR source: an OSM extract, Lantmäteriet's belägenhetsadresser, GeoPackage, Shapefile, GeoJSON or CSV with x/y.</source>
            <translation>Läs in adressregistret (geokodning) från valfri OGR-källa: ett OSM-utdrag, Lantmäteriets belägenhetsadresser, GeoPackage, Shapefile, GeoJSON eller CSV med x/y.</translation>
        </message>
        <message>
            <source>Column mapping (JSON): street, number, letter, postcode, town, municipality, place, x, y.</source>
            <translation>Kolumnmappning (JSON): street, number, letter, postcode, town, municipality, place, x, y.</translation>
        </message>
        <message>
            <source>unknown action "%1" (import or count)</source>
            <translation>okänd åtgärd "%1" (import eller count)</translation>
        </message>
        <message>
            <source>addresses STORE import FILE: give the file</source>
            <translation>addresses STORE import FILE: ange filen</translation>
        </message>
        <message>
            <source>%1 addresses and places in the register
</source>
            <translation>%1 adresser och platser i registret
</translation>
        </message>
        <message>
            <source>%1: no addresses found (no street or place name column; give --mapping)</source>
            <translation>%1: inga adresser hittades (ingen kolumn med gata eller platsnamn; ange --mapping)</translation>
        </message>
        <message>
            <source>%1: read %2, register now %3 addresses and places, skipped %4
</source>
            <translation>%1: läste %2, registret har nu %3 adresser och platser, hoppade över %4
</translation>
        </message>
        <message>
            <source>Column with each row's area (code or name of a store area); it overrides the area found from the point.</source>
            <translation>Kolumn med varje rads område (kod eller namn på ett område i lagret); den går före området som punkten ligger i.</translation>
        </message>
        <message>
            <source>Set up the shared PostgreSQL/PostGIS store and add its users.</source>
            <translation>Lägg upp den delade PostgreSQL/PostGIS-databasen och lägg till dess användare.</translation>
        </message>
        <message>
            <source>"%1" is not a PostgreSQL connection: use postgresql://… or service=NAME</source>
            <translation>"%1" är ingen PostgreSQL-anslutning: använd postgresql://… eller service=NAMN</translation>
        </message>
        <message>
            <source>init needs the CONNECTION and nothing more</source>
            <translation>init behöver ANSLUTNING och inget mer</translation>
        </message>
        <message>
            <source>init needs --municipality CODE</source>
            <translation>init behöver --municipality KOD</translation>
        </message>
        <message>
            <source>Created the server store on %1 (schema version %2)
</source>
            <translation>Skapade den delade databasen på %1 (schemaversion %2)
</translation>
        </message>
        <message>
            <source>The server store on %1 is already at schema version %2
</source>
            <translation>Den delade databasen på %1 har redan schemaversion %2
</translation>
        </message>
        <message>
            <source>The server store on %1 was brought from schema version %2 to %3
</source>
            <translation>Den delade databasen på %1 fördes från schemaversion %2 till %3
</translation>
        </message>
        <message>
            <source>Categories added: %1, organisations added: %2
</source>
            <translation>Tillagda kategorier: %1, tillagda organisationer: %2
</translation>
        </message>
        <message>
            <source>add-user needs the NAME and the CONNECTION</source>
            <translation>add-user behöver NAMN och ANSLUTNING</translation>
        </message>
        <message>
            <source>--role must be coordinator, analyst, reporter, police or public</source>
            <translation>--role måste vara coordinator (samordnare), analyst (analytiker), reporter (rapportör), police (polis) eller public (allmänhet)</translation>
        </message>
        <message>
            <source>a reporter needs --organisation (a source code, e.g. bostadsbolaget)</source>
            <translation>en rapportör behöver --organisation (en källkod, t.ex. bostadsbolaget)</translation>
        </message>
        <message>
            <source>Password for %1: </source>
            <translation>Lösenord för %1: </translation>
        </message>
        <message>
            <source>The same password again: </source>
            <translation>Samma lösenord igen: </translation>
        </message>
        <message>
            <source>Added %1 with the role %2
</source>
            <translation>Lade till %1 med rollen %2
</translation>
        </message>
        <message>
            <source>Organisation: %1
</source>
            <translation>Organisation: %1
</translation>
        </message>
        <message>
            <source>The organisation %1 was new and has been added to the sources.
</source>
            <translation>Organisationen %1 var ny och har lagts till bland källorna.
</translation>
        </message>
        <message>
            <source>No password set: the login uses what the server allows (peer, certificate) until one is set.
</source>
            <translation>Inget lösenord satt: inloggningen använder det servern tillåter (peer, certifikat) tills ett sätts.
</translation>
        </message>
        <message>
            <source>The shared store on PostgreSQL/PostGIS: create its schema, roles and audit (init), add a login (add-user). CONNECTION is a postgresql:// URI or service=NAME; the password comes from ~/.pgpass or the service file, never from the command line.</source>
            <translation>Den delade databasen i PostgreSQL/PostGIS: skapa dess schema, roller och ändringslogg (init), lägg till en inloggning (add-user). ANSLUTNING är en postgresql://-URI eller service=NAMN; lösenordet hämtas från ~/.pgpass eller servicefilen, aldrig från kommandoraden.</translation>
        </message>
        <message>
            <source>init: the municipality, its SCB code (1960) or name (Kungsör).</source>
            <translation>init: kommunen, dess SCB-kod (1960) eller namn (Kungsör).</translation>
        </message>
        <message>
            <source>add-user: coordinator, analyst, reporter, police or public.</source>
            <translation>add-user: coordinator (samordnare), analyst (analytiker), reporter (rapportör), police (polis) eller public (allmänhet).</translation>
        </message>
        <message>
            <source>add-user: the organisation (source code) the login reports for; required for a reporter.</source>
            <translation>add-user: organisationen (källkod) som inloggningen rapporterar för; krävs för en rapportör.</translation>
        </message>
        <message>
            <source>add-user: ask for a password (read from standard input when it is not a terminal).</source>
            <translation>add-user: fråga efter ett lösenord (läses från standard in när den inte är en terminal).</translation>
        </message>
        <message>
            <source>unknown action "%1": init or add-user</source>
            <translation>okänd åtgärd "%1": init eller add-user</translation>
        </message>
        <message>
            <source>No password was given.</source>
            <translation>Inget lösenord angavs.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>De två lösenorden skiljer sig åt.</translation>
        </message>
        <message>
            <source>Send a GeoPackage store's incidents to the shared PostgreSQL store.</source>
            <translation>Skicka en GeoPackage-databas händelser till den delade PostgreSQL-databasen.</translation>
        </message>
        <message>
            <source>Send a GeoPackage store's incidents to the shared PostgreSQL store, in batches; pushing again adds nothing twice and goes on after a failure.</source>
            <translation>Skicka en GeoPackage-databas händelser till den delade PostgreSQL-databasen i omgångar; en ny körning lägger inte till något två gånger och fortsätter efter ett avbrott.</translation>
        </message>
        <message>
            <source>Incidents per batch and transaction (default 50000).</source>
            <translation>Händelser per omgång och transaktion (standard 50000).</translation>
        </message>
        <message>
            <source>--batch must be a whole number of at least 1</source>
            <translation>--batch måste vara ett heltal, minst 1</translation>
        </message>
        <message>
            <source>Pushed %1 incidents to %2: %3 new, %4 already there, in %5 batches (%6 s, %7 rows/s)
</source>
            <translation>Skickade %1 händelser till %2: %3 nya, %4 fanns redan, i %5 omgångar (%6 s, %7 rader/s)
</translation>
        </message>
        <message>
            <source>Categories and organisations added to the server: %1
</source>
            <translation>Kategorier och organisationer tillagda på servern: %1
</translation>
        </message>
        <message>
            <source>Copy the shared PostgreSQL store into a local GeoPackage for offline work.</source>
            <translation>Kopiera den delade PostgreSQL-databasen till en lokal GeoPackage för arbete utan uppkoppling.</translation>
        </message>
        <message>
            <source>Write a QGIS project and report GeoPackage for field reports with QField.</source>
            <translation>Skriv ett QGIS-projekt och en rapport-GeoPackage för fältrapporter med QField.</translation>
        </message>
        <message>
            <source>%1 has incidents already: the demo goes into an empty server store</source>
            <translation>%1 har redan händelser: demot skrivs bara till en tom serverdatabas</translation>
        </message>
        <message>
            <source>The reporting organisation (a source code of the store).</source>
            <translation>Den rapporterande organisationen (en källkod i databasen).</translation>
        </message>
        <message>
            <source>The folder to write the package to.</source>
            <translation>Mappen som paketet skrivs till.</translation>
        </message>
        <message>
            <source>--organisation and --out are required</source>
            <translation>--organisation och --out måste anges</translation>
        </message>
        <message>
            <source>--organisation must be a source code (letters, digits, - and _)</source>
            <translation>--organisation måste vara en källkod (bokstäver, siffror, - och _)</translation>
        </message>
        <message>
            <source>unknown organisation "%1": the store's sources are %2</source>
            <translation>okänd organisation "%1": databasens källor är %2</translation>
        </message>
        <message>
            <source>warning: %1
</source>
            <translation>varning: %1
</translation>
        </message>
        <message>
            <source>Wrote the field package for %1: %2 (open in QField or QGIS), reports in %3, %4 categories, base map %5
</source>
            <translation>Skrev fältpaketet för %1: %2 (öppna i QField eller QGIS), rapporter i %3, %4 kategorier, bakgrundskarta %5
</translation>
        </message>
        <message>
            <source>Copy the shared PostgreSQL store into a local GeoPackage for offline work; pulling again adds nothing twice.</source>
            <translation>Kopiera den delade PostgreSQL-databasen till en lokal GeoPackage för arbete utan uppkoppling; en ny hämtning lägger inte till något två gånger.</translation>
        </message>
        <message>
            <source>Only the incidents of this period (local days, both included).</source>
            <translation>Bara händelserna i den här perioden (lokala dagar, båda medräknade).</translation>
        </message>
        <message>
            <source>Pulled %1 incidents from %2: %3 new, %4 already here (%5 s); %6 categories, %7 organisations, %8 areas, %9 new interventions
</source>
            <translation>Hämtade %1 händelser från %2: %3 nya, %4 fanns redan (%5 s); %6 kategorier, %7 organisationer, %8 områden, %9 nya insatser
</translation>
        </message>
        <message>
            <source>Left out %1 server incidents without a point
</source>
            <translation>Utelämnade %1 serverhändelser utan punkt
</translation>
        </message>
        <message>
            <source>Connections that send batches at the same time (default 2, at most 8).</source>
            <translation>Antal anslutningar som skickar omgångar samtidigt (standard 2, högst 8).</translation>
        </message>
        <message>
            <source>--connections must be a whole number from 1 to %1</source>
            <translation>--connections måste vara ett heltal från 1 till %1</translation>
        </message>
    </context>
    <context>
        <name>fieldpackage</name>
        <message>
            <source>%1: the base-map file does not exist</source>
            <translation>%1: bakgrundskartans fil finns inte</translation>
        </message>
        <message>
            <source>cannot copy the base map %1 to %2</source>
            <translation>kan inte kopiera bakgrundskartan %1 till %2</translation>
        </message>
        <message>
            <source>the store's base map %1 is missing and was left out</source>
            <translation>databasens bakgrundskarta %1 saknas och utelämnades</translation>
        </message>
        <message>
            <source>the store has no report categories to offer</source>
            <translation>databasen har inga rapportkategorier att erbjuda</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>kan inte skapa mappen %1</translation>
        </message>
        <message>
            <source>Field reports: %1</source>
            <translation>Fältrapporter: %1</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <source>QGIS cannot open the report layer %1</source>
            <translation>QGIS kan inte öppna rapportlagret %1</translation>
        </message>
        <message>
            <source>the base map cannot be read: %1</source>
            <translation>bakgrundskartan kan inte läsas: %1</translation>
        </message>
        <message>
            <source>cannot write the project %1</source>
            <translation>kan inte skriva projektet %1</translation>
        </message>
        <message>
            <source>Report id</source>
            <translation>Rapport-id</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>The organisation is fixed for this package</source>
            <translation>Organisationen är fast för det här paketet</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>At most %1 characters</source>
            <translation>Högst %1 tecken</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>%1: cannot write the report GeoPackage (%2)</source>
            <translation>%1: kan inte skriva rapport-GeoPackage (%2)</translation>
        </message>
        <message>
            <source>the old file cannot be replaced</source>
            <translation>den gamla filen kan inte ersättas</translation>
        </message>
    </context>
    <context>
        <name>geocoding</name>
        <message>
            <source>no street or place name</source>
            <translation>inget gatu- eller platsnamn</translation>
        </message>
        <message>
            <source>not in the address register</source>
            <translation>finns inte i adressregistret</translation>
        </message>
        <message>
            <source>the street is in several towns; give the town (a postort, ort or kommun column)</source>
            <translation>gatan finns på flera orter; ange orten (en kolumn postort, ort eller kommun)</translation>
        </message>
    </context>
    <context>
        <name>hotspots</name>
        <message>
            <source>Gi* distance</source>
            <translation>Gi*-avståndet</translation>
        </message>
        <message>
            <source>There are %1 cell values for a grid of %2 cells.</source>
            <translation>Det finns %1 cellvärden för ett rutnät med %2 celler.</translation>
        </message>
        <message>
            <source>The Gi* distance (%1 m) spans the whole grid; every cell would be every cell's neighbour. Use a smaller distance.</source>
            <translation>Gi*-avståndet (%1 m) täcker hela rutnätet; varje cell skulle vara granne med alla andra celler. Använd ett kortare avstånd.</translation>
        </message>
        <message>
            <source>Cell %1,%2 has no finite value.</source>
            <translation>Cell %1,%2 saknar ett ändligt värde.</translation>
        </message>
        <message>
            <source>The Gi* analysis was cancelled.</source>
            <translation>Gi*-analysen avbröts.</translation>
        </message>
        <message>
            <source>The extent is not finite or too far from the origin for this cell size (coordinates must be EPSG:3006 metres).</source>
            <translation>Utbredningen är inte ändlig eller ligger för långt från origo för den här cellstorleken (koordinaterna måste vara meter i EPSG:3006).</translation>
        </message>
        <message>
            <source>The cell size must be a positive number of metres (got %1).</source>
            <translation>Cellstorleken måste vara ett positivt antal meter (fick %1).</translation>
        </message>
        <message>
            <source>The grid would have %1 cells (%2 columns × %3 rows); the limit is 100 million. Use a larger cell size or a smaller extent.</source>
            <translation>Rutnätet skulle få %1 celler (%2 kolumner × %3 rader); gränsen är 100 miljoner. Använd en större cellstorlek eller en mindre utbredning.</translation>
        </message>
        <message>
            <source>The extent %1,%2,%3,%4 is empty or inverted (expected XMIN,YMIN,XMAX,YMAX).</source>
            <translation>Utbredningen %1,%2,%3,%4 är tom eller omvänd (förväntade XMIN,YMIN,XMAX,YMAX).</translation>
        </message>
        <message>
            <source>No incidents match the selection; there is nothing to map.</source>
            <translation>Inga händelser matchar urvalet; det finns inget att visa på kartan.</translation>
        </message>
        <message>
            <source>No incidents match the selection in the %1 period; there is nothing to compare.</source>
            <translation>Inga händelser matchar urvalet i %1; det finns inget att jämföra.</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referensperioden</translation>
        </message>
        <message>
            <source>current</source>
            <translation>den aktuella perioden</translation>
        </message>
        <message>
            <source>Could not write %1 (%2).</source>
            <translation>Kunde inte skriva %1 (%2).</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>Kunde inte skriva %1.</translation>
        </message>
        <message>
            <source>Could not replace %1.</source>
            <translation>Kunde inte ersätta %1.</translation>
        </message>
        <message>
            <source>Cannot write %1: the output must end in .tif, .gpkg or .csv.</source>
            <translation>Kan inte skriva %1: utdatafilen måste sluta på .tif, .gpkg eller .csv.</translation>
        </message>
        <message>
            <source>The %1 must be a positive number of metres (got %2).</source>
            <translation>Värdet för %1 måste vara ett positivt antal meter (fick %2).</translation>
        </message>
        <message>
            <source>radius</source>
            <translation>radien</translation>
        </message>
        <message>
            <source>The grid has no cells.</source>
            <translation>Rutnätet har inga celler.</translation>
        </message>
        <message>
            <source>There are %1 weights for %2 points.</source>
            <translation>Det finns %1 vikter för %2 punkter.</translation>
        </message>
        <message>
            <source>The weight of point %1 is not a finite number.</source>
            <translation>Vikten för punkt %1 är inte ett ändligt tal.</translation>
        </message>
        <message>
            <source>The radius (%1 m) is more than a million cells of %2 m.</source>
            <translation>Radien (%1 m) är mer än en miljon celler om %2 m.</translation>
        </message>
        <message>
            <source>The heat map was cancelled.</source>
            <translation>Beräkningen av värmekartan avbröts.</translation>
        </message>
    </context>
    <context>
        <name>importer</name>
        <message>
            <source>unknown coordinate reference system "%1"</source>
            <translation>okänt koordinatreferenssystem "%1"</translation>
        </message>
        <message>
            <source>cannot transform from %1 to SWEREF 99 TM (EPSG:3006)</source>
            <translation>kan inte transformera från %1 till SWEREF 99 TM (EPSG:3006)</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n invalid row(s); nothing was imported</source>
            <translation>
                <numerusform>%1: %n ogiltig rad; ingenting importerades</numerusform>
                <numerusform>%1: %n ogiltiga rader; ingenting importerades</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) had no time in their name; the publication time was used</source>
            <translation>
                <numerusform>%n händelse hade ingen tid i namnet; publiceringstiden användes</numerusform>
                <numerusform>%n händelser hade ingen tid i namnet; publiceringstiden användes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) had the two coordinates exchanged (x as northing or lat/lon swapped); they were read the other way round</source>
            <translation>
                <numerusform>%n rad hade de två koordinaterna omkastade (x som nordlig koordinat eller lat/lon i fel ordning); den lästes åt andra hållet</numerusform>
                <numerusform>%n rader hade de två koordinaterna omkastade (x som nordlig koordinat eller lat/lon i fel ordning); de lästes åt andra hållet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n local time(s) fell in a daylight-saving change; the earlier instant was used</source>
            <translation>
                <numerusform>%n lokal tid föll i en omställning till eller från sommartid; den tidigare tidpunkten användes</numerusform>
                <numerusform>%n lokala tider föll i en omställning till eller från sommartid; den tidigare tidpunkten användes</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: cannot read the mapping file</source>
            <translation>%1: kan inte läsa mappningsfilen</translation>
        </message>
        <message>
            <source>%1:%2: not a JSON object: %3</source>
            <translation>%1:%2: inte ett JSON-objekt: %3</translation>
        </message>
        <message>
            <source>%1: columns: unknown field "%2"</source>
            <translation>%1: columns: okänt fält "%2"</translation>
        </message>
        <message>
            <source>%1: columns: %2: expected a column name</source>
            <translation>%1: columns: %2: förväntade ett kolumnnamn</translation>
        </message>
        <message>
            <source>%1:1: %2: mapping names column %3, which is not in the file (columns: %4)</source>
            <translation>%1:1: %2: mappningen anger kolumnen %3, som inte finns i filen (kolumner: %4)</translation>
        </message>
        <message>
            <source>%1:1: columns %2 and %3 are both named %4: rename one of them, or it is a guess which one is read</source>
            <translation>%1:1: kolumn %2 och %3 heter båda %4: byt namn på en av dem, annars är det en gissning vilken som läses</translation>
        </message>
        <message>
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>time</source>
            <translation>tid</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>typ</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategori</translation>
        </message>
        <message>
            <source>place</source>
            <translation>plats</translation>
        </message>
        <message>
            <source>id %1 was already on line %2 with a different %3: a conflict, not a duplicate; the row was not imported</source>
            <translation>id %1 fanns redan på rad %2 med annan %3: en konflikt, inte en dubblett; raden importerades inte</translation>
        </message>
        <message>
            <source>id %1 is already in the store (incident %2) with a different %3: a conflict, not a duplicate; the row was not imported</source>
            <translation>id %1 finns redan i lagret (händelse %2) med annan %3: en konflikt, inte en dubblett; raden importerades inte</translation>
        </message>
        <message>
            <source>import cancelled</source>
            <translation>importen avbröts</translation>
        </message>
        <message>
            <source>a quoted field starting on this line is never closed</source>
            <translation>ett fält inom citattecken som börjar på den här raden avslutas aldrig</translation>
        </message>
        <message>
            <source>%1 fields but the header has %2 (a delimiter inside an unquoted value?)</source>
            <translation>%1 fält men rubrikraden har %2 (en avgränsare i ett värde utan citattecken?)</translation>
        </message>
        <message>
            <source>%1: the file has no header line</source>
            <translation>%1: filen saknar rubrikrad</translation>
        </message>
        <message>
            <source>invalid UTF-8 bytes in the column name %1</source>
            <translation>ogiltiga UTF-8-byte i kolumnnamnet %1</translation>
        </message>
        <message>
            <source> (columns: %1)</source>
            <translation> (kolumner: %1)</translation>
        </message>
        <message>
            <source>%1: not a text file (binary data); expected CSV</source>
            <translation>%1: inte en textfil (binära data); förväntade CSV</translation>
        </message>
        <message>
            <source>%1: the file is empty</source>
            <translation>%1: filen är tom</translation>
        </message>
        <message>
            <source>dates such as 5/3/2021 were read day first (5 March), as other rows of the file show</source>
            <translation>datum som 5/3/2021 lästes med dagen först (5 mars), som andra rader i filen visar</translation>
        </message>
        <message>
            <source>dates such as 5/3/2021 were read month first (May 3), as other rows of the file show</source>
            <translation>datum som 5/3/2021 lästes med månaden först (3 maj), som andra rader i filen visar</translation>
        </message>
        <message numerus="yes">
            <source>the file is not UTF-8 (%n byte(s) UTF-8 cannot have): it was read as Windows-1252 (Latin-1); check that å, ä and ö look right</source>
            <translation>
                <numerusform>filen är inte UTF-8 (%n byte som UTF-8 inte kan ha): den lästes som Windows-1252 (Latin-1); kontrollera att å, ä och ö ser rätt ut</numerusform>
                <numerusform>filen är inte UTF-8 (%n byte som UTF-8 inte kan ha): den lästes som Windows-1252 (Latin-1); kontrollera att å, ä och ö ser rätt ut</numerusform>
            </translation>
        </message>
        <message>
            <source>the lines end with a carriage return alone (old Mac format); read as line breaks</source>
            <translation>raderna slutar med enbart vagnretur (gammalt Mac-format); de lästes som radbrytningar</translation>
        </message>
        <message>
            <source>the file has no rows (only the header line); nothing to import</source>
            <translation>filen har inga rader (bara rubrikraden); inget att importera</translation>
        </message>
        <message>
            <source>%1: no such file</source>
            <translation>%1: filen finns inte</translation>
        </message>
        <message>
            <source>%1: is a directory, not a file</source>
            <translation>%1: är en mapp, inte en fil</translation>
        </message>
        <message>
            <source>%1: cannot read the file</source>
            <translation>%1: kan inte läsa filen</translation>
        </message>
        <message>
            <source>%1: cannot write the rejected rows</source>
            <translation>%1: kan inte skriva de avvisade raderna</translation>
        </message>
        <message numerus="yes">
            <source>%1: all %n row(s) were rejected; nothing was imported (see %2)</source>
            <translation>
                <numerusform>%1: den enda raden avvisades; ingenting importerades (se %2)</numerusform>
                <numerusform>%1: alla %n rader avvisades; ingenting importerades (se %2)</numerusform>
            </translation>
        </message>
        <message>
            <source>feature %1</source>
            <translation>objekt %1</translation>
        </message>
        <message>
            <source>event %1</source>
            <translation>händelse %1</translation>
        </message>
        <message>
            <source>no date or time column (such as datum, tid, date, från)</source>
            <translation>ingen datum- eller tidskolumn (som datum, tid, date, från)</translation>
        </message>
        <message>
            <source>no coordinate columns (lat and lon, or E and N / x and y)</source>
            <translation>inga koordinatkolumner (lat och lon, eller E och N / x och y)</translation>
        </message>
        <message>
            <source>no category column (such as kategori, brottstyp, händelse, category)</source>
            <translation>ingen kategorikolumn (som kategori, brottstyp, händelse, category)</translation>
        </message>
        <message>
            <source>%1 could be day/month or month/day: give --date-format (e.g. "d/M/yyyy HH:mm" or "M/d/yyyy HH:mm")</source>
            <translation>%1 kan vara dag/månad eller månad/dag: ange --date-format (t.ex. "d/M/yyyy HH:mm" eller "M/d/yyyy HH:mm")</translation>
        </message>
        <message>
            <source>cannot read %1 as a date or time</source>
            <translation>kan inte läsa %1 som datum eller tid</translation>
        </message>
        <message>
            <source>%1 falls in a daylight-saving change (occurs twice or not at all); the earlier instant was used</source>
            <translation>%1 infaller vid ett byte till eller från sommartid (förekommer två gånger eller inte alls); den tidigare tidpunkten användes</translation>
        </message>
        <message>
            <source>%1 has no date</source>
            <translation>%1 saknar datum</translation>
        </message>
        <message>
            <source>a time without a date (no date column)</source>
            <translation>en tid utan datum (ingen datumkolumn)</translation>
        </message>
        <message>
            <source>missing date</source>
            <translation>datum saknas</translation>
        </message>
        <message>
            <source>%1 is before the start of the time window</source>
            <translation>%1 ligger före tidsintervallets början</translation>
        </message>
        <message>
            <source>a time without a date</source>
            <translation>en tid utan datum</translation>
        </message>
        <message>
            <source>missing coordinates</source>
            <translation>koordinater saknas</translation>
        </message>
        <message>
            <source>missing coordinate</source>
            <translation>koordinat saknas</translation>
        </message>
        <message>
            <source>%1 is not a number</source>
            <translation>%1 är inte ett tal</translation>
        </message>
        <message>
            <source>%1, %2 is outside Sweden</source>
            <translation>%1, %2 ligger utanför Sverige</translation>
        </message>
        <message>
            <source>%1, %2 is outside Sweden (SWEREF 99 TM)</source>
            <translation>%1, %2 ligger utanför Sverige (SWEREF 99 TM)</translation>
        </message>
        <message>
            <source>invalid UTF-8 bytes in %1 (the file is UTF-8 elsewhere): fix the character, or save the file again as UTF-8</source>
            <translation>ogiltiga UTF-8-byte i %1 (filen är UTF-8 i övrigt): rätta tecknet eller spara om filen som UTF-8</translation>
        </message>
        <message>
            <source> (column not imported)</source>
            <translation> (kolumnen importeras inte)</translation>
        </message>
        <message>
            <source>%1 is neither crime nor report</source>
            <translation>%1 är varken brott (crime) eller rapport (report)</translation>
        </message>
        <message>
            <source>missing category</source>
            <translation>kategori saknas</translation>
        </message>
        <message>
            <source>the id held a personal identity number: it was removed, and the row is recognised by its content instead</source>
            <translation>id:t innehöll ett personnummer: det togs bort, och raden känns i stället igen på sitt innehåll</translation>
        </message>
        <message>
            <source>the point (%1, %2 in EPSG:3006) is outside Sweden</source>
            <translation>punkten (%1, %2 i EPSG:3006) ligger utanför Sverige</translation>
        </message>
        <message>
            <source>the point cannot be transformed to EPSG:3006</source>
            <translation>punkten kan inte transformeras till EPSG:3006</translation>
        </message>
        <message>
            <source>geometry</source>
            <translation>geometri</translation>
        </message>
        <message numerus="yes">
            <source> and %n more</source>
            <translation>
                <numerusform> och %n till</numerusform>
                <numerusform> och %n till</numerusform>
            </translation>
        </message>
        <message>
            <source>GDAL reported problems while reading the file: %1</source>
            <translation>GDAL rapporterade problem när filen lästes: %1</translation>
        </message>
        <message>
            <source>%1: not a file GDAL can read as vector data</source>
            <translation>%1: inte en fil som GDAL kan läsa som vektordata</translation>
        </message>
        <message>
            <source>the feature has no geometry</source>
            <translation>objektet saknar geometri</translation>
        </message>
        <message>
            <source>a %1 has no point to place an incident at</source>
            <translation>en %1 har ingen punkt att placera en händelse i</translation>
        </message>
        <message>
            <source>%1: no layer with features</source>
            <translation>%1: inget lager med objekt</translation>
        </message>
        <message numerus="yes">
            <source>%n feature(s) are lines, polygons or several points: each was placed at a representative point (halfway along a line, inside a polygon), marked approximate: %1</source>
            <translation>
                <numerusform>%n objekt är en linje, polygon eller flera punkter: det placerades i en representativ punkt (mitt på linjen, inuti polygonen), markerad som ungefärlig: %1</numerusform>
                <numerusform>%n objekt är linjer, polygoner eller flera punkter: vart och ett placerades i en representativ punkt (mitt på linjen, inuti polygonen), markerad som ungefärlig: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>rows %1</source>
            <translation>rader %1</translation>
        </message>
        <message>
            <source>features %1</source>
            <translation>objekt %1</translation>
        </message>
        <message>
            <source>%1:%2: not valid JSON: %3</source>
            <translation>%1:%2: ogiltig JSON: %3</translation>
        </message>
        <message>
            <source>%1: expected the police events feed (a JSON array of events)</source>
            <translation>%1: förväntade polisens händelseflöde (en JSON-array med händelser)</translation>
        </message>
        <message>
            <source>%1: source: %2</source>
            <translation>%1: källa: %2</translation>
        </message>
        <message>
            <source>missing event id</source>
            <translation>händelse-id saknas</translation>
        </message>
        <message>
            <source>the event id holds a personal identity number</source>
            <translation>händelsens id innehåller ett personnummer</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>saknas</translation>
        </message>
        <message>
            <source>cannot read %1 as a date and time</source>
            <translation>kan inte läsa %1 som datum och tid</translation>
        </message>
        <message>
            <source>missing event type</source>
            <translation>händelsetyp saknas</translation>
        </message>
        <message>
            <source>%1 is not "lat,lon"</source>
            <translation>%1 är inte "lat,lon"</translation>
        </message>
        <message>
            <source>the point is outside Sweden</source>
            <translation>punkten ligger utanför Sverige</translation>
        </message>
        <message>
            <source>police feed points are municipality or county centres: marked as municipality precision, not street level</source>
            <translation>punkterna i polisens händelseflöde är kommun- eller länscentrum: markerade med kommunprecision, inte gatunivå</translation>
        </message>
        <message>
            <source>contains a control character (U+%1); a name must be plain text</source>
            <translation>innehåller ett styrtecken (U+%1); ett namn måste vara vanlig text</translation>
        </message>
        <message>
            <source>%1 characters long; at most %2 are allowed</source>
            <translation>%1 tecken lång; högst %2 är tillåtna</translation>
        </message>
        <message>
            <source>%1: not a JSON object: %2</source>
            <translation>%1: inte ett JSON-objekt: %2</translation>
        </message>
        <message>
            <source>%1: columns: unknown field "%2" (street, number, letter, postcode, town, municipality, place, x, y, lat, lon)</source>
            <translation>%1: columns: okänt fält "%2" (street, number, letter, postcode, town, municipality, place, x, y, lat, lon)</translation>
        </message>
        <message>
            <source>%1: GDAL cannot read this file as vector data</source>
            <translation>%1: GDAL kan inte läsa filen som vektordata</translation>
        </message>
        <message>
            <source>%1: mapping names column "%2", which is not in layer %3</source>
            <translation>%1: mappningen anger kolumnen "%2", som inte finns i lagret %3</translation>
        </message>
        <message>
            <source>The address import was cancelled; nothing was changed.</source>
            <translation>Adressimporten avbröts; inget ändrades.</translation>
        </message>
        <message>
            <source>no coordinate columns, and the store has no address register to place the addresses with (lagesbild-cli addresses STORE import FILE)</source>
            <translation>inga koordinatkolumner, och databasen har inget adressregister att placera adresserna med (lagesbild-cli addresses STORE import FILE)</translation>
        </message>
        <message>
            <source>%1 is not an area of the store</source>
            <translation>%1 är inte ett område i databasen</translation>
        </message>
        <message>
            <source>no coordinates and no address or place</source>
            <translation>inga koordinater och ingen adress eller plats</translation>
        </message>
        <message>
            <source>%1: %2; did you mean %3?</source>
            <translation>%1: %2; menade du %3?</translation>
        </message>
        <message>
            <source> or </source>
            <translation> eller </translation>
        </message>
        <message>
            <source>missing date part</source>
            <translation>del av datum saknas</translation>
        </message>
        <message>
            <source>%1 is not a whole number</source>
            <translation>%1 är inte ett heltal</translation>
        </message>
        <message>
            <source>%1-%2-%3 is not a date</source>
            <translation>%1-%2-%3 är inte ett datum</translation>
        </message>
        <message>
            <source>%1:%2 is not a time of day</source>
            <translation>%1:%2 är inte en tid på dygnet</translation>
        </message>
        <message>
            <source>event types not in the table, imported as reports in "Övrigt": %1</source>
            <translation>händelsetyper som inte finns i tabellen, importerade som rapporter i "Övrigt": %1</translation>
        </message>
        <message>
            <source>the report has no id (the form fills it in; do not clear it)</source>
            <translation>rapporten saknar id (formuläret fyller i det; töm det inte)</translation>
        </message>
        <message>
            <source>the report has no organisation</source>
            <translation>rapporten saknar organisation</translation>
        </message>
    </context>
    <context>
        <name>lagesbild</name>
        <message>
            <source>The store %1 could not be opened.</source>
            <translation>Databasen %1 kunde inte öppnas.</translation>
        </message>
        <message>
            <source>Map service</source>
            <translation>Karttjänst</translation>
        </message>
        <message>
            <source>The store %1 does not exist.</source>
            <translation>Databasen %1 finns inte.</translation>
        </message>
        <message>
            <source>the file %1 is missing</source>
            <translation>filen %1 saknas</translation>
        </message>
        <message>
            <source>%1 has no vector tiles</source>
            <translation>%1 innehåller inga vektorplattor</translation>
        </message>
        <message>
            <source>no map layers could be read from %1</source>
            <translation>inga kartlager kunde läsas från %1</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::AddressImportDialog</name>
        <message>
            <source>Import address register</source>
            <translation>Importera adressregister</translation>
        </message>
        <message>
            <source>Address points let reports that carry only an address be placed on the map, and the search box find streets. Read from an OpenStreetMap extract, Lantmäteriet's belägenhetsadresser, a GeoPackage, Shapefile, GeoJSON or CSV file with x/y columns. The new register replaces the current one.</source>
            <translation>Med adresspunkter hamnar rapporter som bara har en adress på kartan, och sökrutan hittar gator. Läs från ett utdrag ur OpenStreetMap, Lantmäteriets belägenhetsadresser, en GeoPackage-, Shape-, GeoJSON- eller CSV-fil med x/y-kolumner. Det nya registret ersätter det nuvarande.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <source>Register file</source>
            <translation>Registerfil</translation>
        </message>
        <message>
            <source>Optional: for columns with other names</source>
            <translation>Valfritt: för kolumner med andra namn</translation>
        </message>
        <message>
            <source>Mapping file (JSON)</source>
            <translation>Mappningsfil (JSON)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Choose the address register</source>
            <translation>Välj adressregistret</translation>
        </message>
        <message>
            <source>Address registers (*.gpkg *.shp *.geojson *.json *.csv *.osm *.pbf);;All files (*)</source>
            <translation>Adressregister (*.gpkg *.shp *.geojson *.json *.csv *.osm *.pbf);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Choose the mapping file</source>
            <translation>Välj mappningsfilen</translation>
        </message>
        <message>
            <source>Mapping (*.json)</source>
            <translation>Mappning (*.json)</translation>
        </message>
        <message>
            <source>The store has no address register yet.</source>
            <translation>Lagret har inget adressregister ännu.</translation>
        </message>
        <message>
            <source>The register now holds %1 addresses and places.</source>
            <translation>Registret har nu %1 adresser och platser.</translation>
        </message>
        <message>
            <source>The store is read-only here; the register cannot be changed.</source>
            <translation>Lagret är skrivskyddat här; registret kan inte ändras.</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Läser %1…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <source>Cancelled; the register is as it was.</source>
            <translation>Avbrutet; registret är som det var.</translation>
        </message>
        <message>
            <source>Not imported; the register is as it was.
%1</source>
            <translation>Inte importerat; registret är som det var.
%1</translation>
        </message>
        <message>
            <source>Imported: %1 addresses and places read from %2.</source>
            <translation>Importerat: %1 adresser och platser lästa från %2.</translation>
        </message>
        <message>
            <source>%1 features without a street, place name or point were skipped.</source>
            <translation>%1 objekt utan gata, platsnamn eller punkt hoppades över.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::AddressPlacer</name>
        <message>
            <source>Placed at the exact address</source>
            <translation>Placerad på exakt adress</translation>
        </message>
        <message>
            <source>Placed at the nearest house number on the street</source>
            <translation>Placerad vid närmaste gatunummer på gatan</translation>
        </message>
        <message>
            <source>Placed on the street (no house number)</source>
            <translation>Placerad på gatan (inget gatunummer)</translation>
        </message>
        <message>
            <source>Placed at the named place</source>
            <translation>Placerad på den namngivna platsen</translation>
        </message>
        <message>
            <source>Placed approximately</source>
            <translation>Ungefärligt placerad</translation>
        </message>
        <message>
            <source>Not in the address register: the position is unchanged</source>
            <translation>Finns inte i adressregistret: positionen är oförändrad</translation>
        </message>
        <message>
            <source>Not found. Did you mean %1?</source>
            <translation>Hittades inte. Menade du %1?</translation>
        </message>
        <message>
            <source> or </source>
            <translation> eller </translation>
        </message>
    </context>
    <context>
        <name>lagesbild::AnalysisPane</name>
        <message>
            <source>Period comparison</source>
            <translation>Periodjämförelse</translation>
        </message>
        <message>
            <source>Time patterns</source>
            <translation>Tidsmönster</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::BaseMapController</name>
        <message>
            <source>The base map of the store could not be read: %1</source>
            <translation>Databasens bakgrundskarta kunde inte läsas: %1</translation>
        </message>
        <message>
            <source>The base map could not be kept in the store: %1</source>
            <translation>Bakgrundskartan kunde inte sparas i databasen: %1</translation>
        </message>
        <message>
            <source>The base map %1 could not be loaded; the map is drawn without it.</source>
            <translation>Bakgrundskartan %1 kunde inte laddas; kartan visas utan den.</translation>
        </message>
        <message>
            <source>The base map %1 could not be loaded (%2); the map is drawn without it.</source>
            <translation>Bakgrundskartan %1 kunde inte laddas (%2); kartan visas utan den.</translation>
        </message>
        <message>
            <source>%1 (not loaded)</source>
            <translation>%1 (ej laddad)</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::BaseMapDialog</name>
        <message>
            <source>XYZ tiles</source>
            <translation>XYZ-kartplattor</translation>
        </message>
        <message>
            <source>WMTS</source>
            <translation>WMTS</translation>
        </message>
        <message>
            <source>WMS</source>
            <translation>WMS</translation>
        </message>
        <message>
            <source>raster file, offline</source>
            <translation>rasterfil, offline</translation>
        </message>
        <message>
            <source>vector tiles, offline</source>
            <translation>vektorplattor, offline</translation>
        </message>
        <message>
            <source>vector file, offline</source>
            <translation>vektorfil, offline</translation>
        </message>
        <message>
            <source>Base map</source>
            <translation>Bakgrundskarta</translation>
        </message>
        <message>
            <source>The base map is kept in the store: everyone who opens it sees the same map. Sources higher in the list are drawn over lower ones.</source>
            <translation>Bakgrundskartan sparas i databasen: alla som öppnar den ser samma karta. Källor högre upp i listan ritas ovanpå de lägre.</translation>
        </message>
        <message>
            <source>Add OpenStreetMap</source>
            <translation>Lägg till OpenStreetMap</translation>
        </message>
        <message>
            <source>Add Lantmäteriet topographic map…</source>
            <translation>Lägg till Lantmäteriets topografiska karta…</translation>
        </message>
        <message>
            <source>Add WMS/WMTS/XYZ service…</source>
            <translation>Lägg till WMS/WMTS/XYZ-tjänst…</translation>
        </message>
        <message>
            <source>Add offline file…</source>
            <translation>Lägg till offlinefil…</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Upp</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ned</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Opacity:</source>
            <translation>Opacitet:</translation>
        </message>
        <message>
            <source>Lantmäteriet topographic map</source>
            <translation>Lantmäteriets topografiska karta</translation>
        </message>
        <message>
            <source>Lantmäteriet's open topographic web map needs an API key, free of charge from Lantmäteriet's API portal. Key:</source>
            <translation>Lantmäteriets öppna topografiska webbkarta kräver en API-nyckel, som är kostnadsfri från Lantmäteriets API-portal. Nyckel:</translation>
        </message>
        <message>
            <source>Add map service</source>
            <translation>Lägg till karttjänst</translation>
        </message>
        <message>
            <source>An XYZ tile URL with {x} {y} {z}, a WMS/WMTS address, or a QGIS data-source URI:</source>
            <translation>En URL för XYZ-kartplattor med {x} {y} {z}, en WMS/WMTS-adress eller en QGIS-datakälla (URI):</translation>
        </message>
        <message>
            <source>The name of the layer to show:</source>
            <translation>Namnet på lagret som ska visas:</translation>
        </message>
        <message>
            <source>This is not an XYZ, WMS or WMTS address.</source>
            <translation>Detta är ingen XYZ-, WMS- eller WMTS-adress.</translation>
        </message>
        <message>
            <source>Offline base map</source>
            <translation>Bakgrundskarta offline</translation>
        </message>
        <message>
            <source>Maps (*.gpkg *.mbtiles *.tif *.tiff *.shp *.geojson *.vrt);;All files (*)</source>
            <translation>Kartor (*.gpkg *.mbtiles *.tif *.tiff *.shp *.geojson *.vrt);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Does the file hold vector tiles (not images)?</source>
            <translation>Innehåller filen vektorplattor (inte bilder)?</translation>
        </message>
        <message>
            <source>Lägesbild cannot use %1 as a base map.</source>
            <translation>Lägesbild kan inte använda %1 som bakgrundskarta.</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::BaseMapLayers</name>
        <message>
            <source>Base map</source>
            <translation>Bakgrundskarta</translation>
        </message>
        <message>
            <source>the service could not be reached</source>
            <translation>tjänsten kunde inte nås</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::BaseMapSource</name>
        <message>
            <source>Lantmäteriet, topographic web map</source>
            <translation>Lantmäteriet, topografisk webbkarta</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::BaseMapUi</name>
        <message>
            <source>&amp;Base map…</source>
            <translation>&amp;Bakgrundskarta…</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::ComparisonTab</name>
        <message>
            <source>Custom</source>
            <translation>Anpassad</translation>
        </message>
        <message>
            <source>Same period previous year</source>
            <translation>Samma period föregående år</translation>
        </message>
        <message>
            <source>Previous period of equal length</source>
            <translation>Föregående period av samma längd</translation>
        </message>
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
            <source>Period B</source>
            <translation>Period B</translation>
        </message>
        <message>
            <source>Period A</source>
            <translation>Period A</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Gruppera efter</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
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
            <source>Adjusted p</source>
            <translation>Justerat p</translation>
        </message>
        <message>
            <source>Click a row to show that group on the map</source>
            <translation>Klicka på en rad för att visa gruppen på kartan</translation>
        </message>
        <message>
            <source>Export table…</source>
            <translation>Exportera tabell…</translation>
        </message>
        <message>
            <source>Export chart…</source>
            <translation>Exportera diagram…</translation>
        </message>
        <message>
            <source>No store open</source>
            <translation>Ingen databas öppen</translation>
        </message>
        <message>
            <source>A %1: %2 · B %3: %4 · change %5 (%6) · %7 → %8 per 30 days</source>
            <translation>A %1: %2 · B %3: %4 · förändring %5 (%6) · %7 → %8 per 30 dagar</translation>
        </message>
        <message>
            <source>A %1</source>
            <translation>A %1</translation>
        </message>
        <message>
            <source>B %1</source>
            <translation>B %1</translation>
        </message>
        <message>
            <source>A vs B, the %1 largest groups</source>
            <translation>A jämfört med B, de %1 största grupperna</translation>
        </message>
        <message>
            <source>A vs B</source>
            <translation>A jämfört med B</translation>
        </message>
        <message>
            <source>Comparison</source>
            <translation>Jämförelse</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Exportera tabell</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel-arbetsbok (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Exportera diagram</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG-bild (*.png);;SVG-ritning (*.svg)</translation>
        </message>
        <message>
            <source>Hot-spot change on map</source>
            <translation>Förändring i hot spots på kartan</translation>
        </message>
        <message>
            <source>Show on the map where hot spots (Gi*) appeared, grew, shrank or disappeared from period A to period B, and the change in incidents per cell</source>
            <translation>Visa på kartan var hot spots (Gi*) uppstod, förstärktes, försvagades eller försvann från period A till period B, samt förändringen i antal händelser per cell</translation>
        </message>
        <message>
            <source>Both kinds</source>
            <translation>Båda slagen</translation>
        </message>
        <message>
            <source>Reported crimes</source>
            <translation>Anmälda brott</translation>
        </message>
        <message>
            <source>Lägesbild reports</source>
            <translation>Lägesbildsrapporter</translation>
        </message>
        <message>
            <source>Sum both kinds</source>
            <translation>Summera båda slagen</translation>
        </message>
        <message>
            <source>Reported crimes and lägesbild reports are different things and are compared side by side. Tick to compare their sum instead (labelled as a sum).</source>
            <translation>Anmälda brott och lägesbildsrapporter är olika saker och jämförs var för sig. Kryssa i för att i stället jämföra deras summa (märkt som summa).</translation>
        </message>
        <message>
            <source>Periods chosen from the data: B is %1 up to the last day with data, %2; A is %3.</source>
            <translation>Perioderna valda efter datat: B är %1 fram till sista dagen med data, %2; A är %3.</translation>
        </message>
        <message>
            <source>No data yet: B is this year up to today.</source>
            <translation>Inga data ännu: B är i år fram till i dag.</translation>
        </message>
        <message>
            <source>Sum of both kinds (reported crimes + lägesbild reports)</source>
            <translation>Summa av båda slagen (anmälda brott + lägesbildsrapporter)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Slag</translation>
        </message>
        <message>
            <source>categories: %1</source>
            <translation>kategorier: %1</translation>
        </message>
        <message>
            <source>sources: %1</source>
            <translation>källor: %1</translation>
        </message>
        <message>
            <source>areas: %1</source>
            <translation>områden: %1</translation>
        </message>
        <message>
            <source>hours: %1</source>
            <translation>timmar: %1</translation>
        </message>
        <message>
            <source>weekdays: %1</source>
            <translation>veckodagar: %1</translation>
        </message>
        <message>
            <source>Period comparison: %1</source>
            <translation>Periodjämförelse: %1</translation>
        </message>
        <message>
            <source>Period A %1, period B %2 (local days, both inclusive)</source>
            <translation>Period A %1, period B %2 (lokala dagar, båda inräknade)</translation>
        </message>
        <message>
            <source>Grouped by: %1</source>
            <translation>Grupperat efter: %1</translation>
        </message>
        <message>
            <source>Filter: none</source>
            <translation>Filter: inget</translation>
        </message>
        <message>
            <source>Filter: %1</source>
            <translation>Filter: %1</translation>
        </message>
        <message>
            <source>Change % rounded to one decimal; p adjusted for many groups (Benjamini–Hochberg), exact Poisson test; the total row's p is the test of the totals.</source>
            <translation>Förändring i % avrundad till en decimal; p justerat för många grupper (Benjamini–Hochberg), exakt Poissontest; totalradens p är testet av totalerna.</translation>
        </message>
        <message>
            <source>Store: %1</source>
            <translation>Lager: %1</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::DateEdit</name>
        <message>
            <source>Type a date (2021-03-05, 5/3 2021, 5 mars 2021) or choose one in the calendar</source>
            <translation>Skriv ett datum (2021-03-05, 5/3 2021, 5 mars 2021) eller välj i kalendern</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::FilterPanel</name>
        <message>
            <source>Crimes and reports</source>
            <translation>Brott och rapporter</translation>
        </message>
        <message>
            <source>Reported crimes</source>
            <translation>Anmälda brott</translation>
        </message>
        <message>
            <source>Lägesbild reports</source>
            <translation>Lägesbildsrapporter</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Kategorier</translation>
        </message>
        <message>
            <source>Search categories…</source>
            <translation>Sök kategorier…</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Källor</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>Områden</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>All data</source>
            <translation>Alla data</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Anpassad</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>Förval</translation>
        </message>
        <message>
            <source>Time of day and weekday</source>
            <translation>Tid på dygnet och veckodag</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Timmar</translation>
        </message>
        <message>
            <source>No store open</source>
            <translation>Ingen databas öppen</translation>
        </message>
        <message>
            <source>%1 incidents match</source>
            <translation>%1 händelser matchar</translation>
        </message>
        <message>
            <source>Same period last year</source>
            <translation>Samma period förra året</translation>
        </message>
        <message>
            <source>%1 counted from the last day with data, %2: %3 – %4</source>
            <translation>%1 räknat från sista dagen med data, %2: %3 – %4</translation>
        </message>
        <message>
            <source>%1 counted from today: %2 – %3</source>
            <translation>%1 räknat från i dag: %2 – %3</translation>
        </message>
        <message>
            <source>All data: %1 – %2</source>
            <translation>Alla data: %1 – %2</translation>
        </message>
        <message>
            <source>Right-click a category to show only it, or all again</source>
            <translation>Högerklicka på en kategori för att visa bara den, eller alla igen</translation>
        </message>
        <message>
            <source>From – to</source>
            <translation>Från – till</translation>
        </message>
        <message>
            <source>Only “%1”</source>
            <translation>Bara ”%1”</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Alla kategorier</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::FollowUpPanel</name>
        <message>
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <source>Length of the before period and of the after period (equal lengths)</source>
            <translation>Längden på perioden före och perioden efter (lika långa)</translation>
        </message>
        <message>
            <source>from the start</source>
            <translation>från starten</translation>
        </message>
        <message>
            <source>from the end</source>
            <translation>från slutet</translation>
        </message>
        <message>
            <source>Where the after period begins: the intervention's first day, or the day after it ended</source>
            <translation>Var efterperioden börjar: insatsens första dag eller dagen efter att den avslutades</translation>
        </message>
        <message>
            <source>Width of the buffer ring around the treated area, where displacement would show</source>
            <translation>Bredden på buffertzonen runt insatsområdet, där en eventuell förflyttning skulle synas</translation>
        </message>
        <message>
            <source>Before/after:</source>
            <translation>Före/efter:</translation>
        </message>
        <message>
            <source>Buffer:</source>
            <translation>Buffertzon:</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Före</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Efter</translation>
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
            <source>p</source>
            <translation>p</translation>
        </message>
        <message>
            <source>Treated area</source>
            <translation>Insatsområde</translation>
        </message>
        <message>
            <source>Buffer</source>
            <translation>Buffertzon</translation>
        </message>
        <message>
            <source>Control area</source>
            <translation>Kontrollområde</translation>
        </message>
        <message>
            <source>Add to report</source>
            <translation>Lägg till i rapporten</translation>
        </message>
        <message>
            <source>Include this follow-up in the printed report</source>
            <translation>Ta med den här uppföljningen i den utskrivna rapporten</translation>
        </message>
        <message>
            <source>Select an intervention to see its follow-up.</source>
            <translation>Välj en insats för att se dess uppföljning.</translation>
        </message>
        <message>
            <source>No store is open.</source>
            <translation>Ingen databas är öppen.</translation>
        </message>
        <message>
            <source>The follow-up cannot be computed</source>
            <translation>Uppföljningen kan inte beräknas</translation>
        </message>
        <message>
            <source>Treated area: %1. Control area: %2. Before: %3 – %4, after: %5 – %6.</source>
            <translation>Insatsområde: %1. Kontrollområde: %2. Före: %3 – %4, efter: %5 – %6.</translation>
        </message>
        <message>
            <source>cannot be computed</source>
            <translation>kan inte beräknas</translation>
        </message>
        <message>
            <source>WDQ %1 · success measure %2 · total net effect %3 incidents</source>
            <translation>WDQ %1 · framgångsmått %2 · total nettoeffekt %3 händelser</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::HeatmapController</name>
        <message>
            <source>Heat map</source>
            <translation>Värmekarta</translation>
        </message>
        <message>
            <source>The heat map could not be written to %1</source>
            <translation>Värmekartan kunde inte skrivas till %1</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::HeatmapTask</name>
        <message>
            <source>Heat map</source>
            <translation>Värmekarta</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::HotspotController</name>
        <message>
            <source>Hot-spot change %1 → %2</source>
            <translation>Förändring i hot spots %1 → %2</translation>
        </message>
        <message>
            <source>all incidents</source>
            <translation>alla händelser</translation>
        </message>
        <message>
            <source>within %1</source>
            <translation>inom %1</translation>
        </message>
        <message>
            <source>A %1, B %2 incidents</source>
            <translation>A %1, B %2 händelser</translation>
        </message>
        <message>
            <source>%1 incidents</source>
            <translation>%1 händelser</translation>
        </message>
        <message>
            <source>Gi* %1, %2</source>
            <translation>Gi* %1, %2</translation>
        </message>
        <message>
            <source>⚠ too few incidents for reliable hot spots: %1 (minimum %2)</source>
            <translation>⚠ för få händelser för säkra hot spots: %1 (minst %2)</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::HotspotTask</name>
        <message>
            <source>Hot-spot change</source>
            <translation>Förändring i hot spots</translation>
        </message>
        <message>
            <source>Hot spots (Gi*)</source>
            <translation>Hot spots (Gi*)</translation>
        </message>
        <message>
            <source>No incidents with a street-level position match the filter</source>
            <translation>Inga händelser med position på gatunivå matchar filtret</translation>
        </message>
        <message>
            <source>No incidents with a street-level position match the filter in %1</source>
            <translation>Inga händelser med position på gatunivå matchar filtret i %1</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::ImportDialog</name>
        <message>
            <source>Import incidents</source>
            <translation>Importera händelser</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Detect from the file</source>
            <translation>Identifiera utifrån filen</translation>
        </message>
        <message>
            <source>CSV / text</source>
            <translation>CSV/text</translation>
        </message>
        <message>
            <source>GeoJSON</source>
            <translation>GeoJSON</translation>
        </message>
        <message>
            <source>GIS file (GeoPackage, Shapefile, Excel …)</source>
            <translation>GIS-fil (GeoPackage, Shapefile, Excel …)</translation>
        </message>
        <message>
            <source>Police events feed (JSON)</source>
            <translation>Polisens händelseflöde (JSON)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>From the file (else lägesbild report)</source>
            <translation>Från filen (annars lägesbildsrapport)</translation>
        </message>
        <message>
            <source>Lägesbild reports</source>
            <translation>Lägesbildsrapporter</translation>
        </message>
        <message>
            <source>Reported crimes</source>
            <translation>Anmälda brott</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>From the file</source>
            <translation>Från filen</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Rapportör</translation>
        </message>
        <message>
            <source>Only for x/y columns not in SWEREF 99 TM, e.g. EPSG:3021</source>
            <translation>Bara för x/y-kolumner som inte är i SWEREF 99 TM, t.ex. EPSG:3021</translation>
        </message>
        <message>
            <source>Coordinate system</source>
            <translation>Koordinatsystem</translation>
        </message>
        <message>
            <source>Import the valid rows and list the others (otherwise nothing is imported when a row is wrong)</source>
            <translation>Importera de giltiga raderna och lista de övriga (annars importeras ingenting när en rad är felaktig)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Förhandsgranskning</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importera</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Välj en fil att importera</translation>
        </message>
        <message>
            <source>Incident files (*.csv *.txt *.json *.geojson *.gpkg *.shp *.xlsx *.ods *.kml);;All files (*)</source>
            <translation>Händelsefiler (*.csv *.txt *.json *.geojson *.gpkg *.shp *.xlsx *.ods *.kml);;Alla filer (*)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Läser…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importerar…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Avbryter…</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Avbruten</translation>
        </message>
        <message>
            <source>The file cannot be imported</source>
            <translation>Filen kan inte importeras</translation>
        </message>
        <message>
            <source>Reported crime</source>
            <translation>Anmält brott</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>%1 rows read, %2 ready to import, %3 with errors.</source>
            <translation>%1 rader lästa, %2 klara att importera, %3 med fel.</translation>
        </message>
        <message numerus="yes">
            <source>Preview of the first %n incident(s)</source>
            <translation>
                <numerusform>Förhandsgranskning av %n händelse</numerusform>
                <numerusform>Förhandsgranskning av de första %n händelserna</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: nothing was imported</source>
            <translation>Avbruten: ingenting importerades</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Ingenting importerades</translation>
        </message>
        <message>
            <source>Imported: %1</source>
            <translation>Importerade: %1</translation>
        </message>
        <message>
            <source>Already in the store (skipped): %1</source>
            <translation>Fanns redan i databasen (hoppades över): %1</translation>
        </message>
        <message>
            <source>Rejected rows: %1</source>
            <translation>Avvisade rader: %1</translation>
        </message>
        <message>
            <source>Personal identity numbers masked: %1</source>
            <translation>Maskerade personnummer: %1</translation>
        </message>
        <message>
            <source>New category: %1</source>
            <translation>Ny kategori: %1</translation>
        </message>
        <message>
            <source>New source: %1</source>
            <translation>Ny källa: %1</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importen är klar</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::IncidentForm</name>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Lägesbild report</source>
            <translation>Lägesbildsrapport</translation>
        </message>
        <message>
            <source>Reported crime</source>
            <translation>Anmält brott</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Category *</source>
            <translation>Kategori *</translation>
        </message>
        <message>
            <source>Reported by *</source>
            <translation>Rapportör *</translation>
        </message>
        <message>
            <source>Occurred *</source>
            <translation>Inträffade *</translation>
        </message>
        <message>
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Position (SWEREF 99 TM)</source>
            <translation>Position (SWEREF 99 TM)</translation>
        </message>
        <message>
            <source>Street address or place, e.g. Drottninggatan 12</source>
            <translation>Gatuadress eller plats, t.ex. Drottninggatan 12</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>What happened? Do not write names or personal identity numbers.</source>
            <translation>Vad hände? Skriv inte namn eller personnummer.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Spara</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— välj —</translation>
        </message>
        <message>
            <source>New report</source>
            <translation>Ny rapport</translation>
        </message>
        <message>
            <source>Edit report %1</source>
            <translation>Redigera rapport %1</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>Välj en kategori.</translation>
        </message>
        <message>
            <source>Choose who reported it.</source>
            <translation>Välj vem som rapporterade.</translation>
        </message>
        <message>
            <source>The time lies in the future.</source>
            <translation>Tidpunkten ligger i framtiden.</translation>
        </message>
        <message>
            <source>The end of the time window is before its start.</source>
            <translation>Tidsintervallets slut ligger före dess början.</translation>
        </message>
        <message>
            <source>The end of the time window lies in the future.</source>
            <translation>Tidsintervallets slut ligger i framtiden.</translation>
        </message>
        <message>
            <source>until</source>
            <translation>till</translation>
        </message>
        <message>
            <source>It happened some time between the start and this time</source>
            <translation>Det hände någon gång mellan starttiden och denna tid</translation>
        </message>
        <message>
            <source>Ended (optional)</source>
            <translation>Slut (valfritt)</translation>
        </message>
        <message>
            <source>An address or place from the register places the point</source>
            <translation>En adress eller plats ur registret placerar punkten</translation>
        </message>
        <message>
            <source>Pick on map</source>
            <translation>Välj på kartan</translation>
        </message>
        <message>
            <source>The form steps aside; click the place on the map (Esc cancels).</source>
            <translation>Formuläret flyttar undan; klicka på platsen på kartan (Esc avbryter).</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::InterventionForm</name>
        <message>
            <source>New intervention</source>
            <translation>Ny insats</translation>
        </message>
        <message>
            <source>e.g. Night walks at the station</source>
            <translation>t.ex. Nattvandring vid stationen</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Slutar</translation>
        </message>
        <message>
            <source>One actor per line, e.g. Police, Housing company</source>
            <translation>En aktör per rad, t.ex. Polisen, Bostadsbolaget</translation>
        </message>
        <message>
            <source>Incident ids separated by commas</source>
            <translation>Händelse-id åtskilda med kommatecken</translation>
        </message>
        <message>
            <source>Use selected incidents</source>
            <translation>Använd markerade händelser</translation>
        </message>
        <message>
            <source>Takes the incidents selected on the map</source>
            <translation>Hämtar de händelser som är markerade på kartan</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Börjar</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Aktörer</translation>
        </message>
        <message>
            <source>Triggered by</source>
            <translation>Utlöst av</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <source>Point and radius</source>
            <translation>Punkt och radie</translation>
        </message>
        <message>
            <source>Polygon drawn on the map</source>
            <translation>Polygon ritad på kartan</translation>
        </message>
        <message>
            <source>Named area</source>
            <translation>Namngivet område</translation>
        </message>
        <message>
            <source>Easting in SWEREF 99 TM (EPSG:3006)</source>
            <translation>Östlig koordinat (E) i SWEREF 99 TM (EPSG:3006)</translation>
        </message>
        <message>
            <source>Northing in SWEREF 99 TM (EPSG:3006)</source>
            <translation>Nordlig koordinat (N) i SWEREF 99 TM (EPSG:3006)</translation>
        </message>
        <message>
            <source>Pick on map</source>
            <translation>Välj på kartan</translation>
        </message>
        <message>
            <source>East (X)</source>
            <translation>Öst (X)</translation>
        </message>
        <message>
            <source>North (Y)</source>
            <translation>Nord (Y)</translation>
        </message>
        <message>
            <source>Radius</source>
            <translation>Radie</translation>
        </message>
        <message>
            <source>Draw on map</source>
            <translation>Rita på kartan</translation>
        </message>
        <message>
            <source>Click the corners; double-click or right-click to finish, Backspace removes the last corner, Esc cancels</source>
            <translation>Klicka ut hörnen; dubbelklicka eller högerklicka för att avsluta, Backsteg tar bort det senaste hörnet, Esc avbryter</translation>
        </message>
        <message>
            <source>Edit intervention</source>
            <translation>Redigera insats</translation>
        </message>
        <message>
            <source>Give the intervention a title.</source>
            <translation>Ge insatsen en titel.</translation>
        </message>
        <message>
            <source>The radius must be more than 0 m.</source>
            <translation>Radien måste vara större än 0 m.</translation>
        </message>
        <message>
            <source>No place: pick the point on the map or type its coordinates (SWEREF 99 TM).</source>
            <translation>Ingen plats: välj punkten på kartan eller skriv in dess koordinater (SWEREF 99 TM).</translation>
        </message>
        <message>
            <source>No place: draw the polygon on the map (at least three corners).</source>
            <translation>Ingen plats: rita polygonen på kartan (minst tre hörn).</translation>
        </message>
        <message>
            <source>No place: choose a named area.</source>
            <translation>Ingen plats: välj ett namngivet område.</translation>
        </message>
        <message>
            <source>The end date %1 is before the start date %2.</source>
            <translation>Slutdatumet %1 ligger före startdatumet %2.</translation>
        </message>
        <message>
            <source>The triggering incidents must be incident ids (whole numbers) separated by commas.</source>
            <translation>De utlösande händelserna måste anges som händelse-id (heltal) åtskilda med kommatecken.</translation>
        </message>
        <message>
            <source>No store is open.</source>
            <translation>Ingen databas är öppen.</translation>
        </message>
        <message>
            <source>Could not save the intervention: %1</source>
            <translation>Kunde inte spara insatsen: %1</translation>
        </message>
        <message>
            <source>No incidents are selected on the map.</source>
            <translation>Inga händelser är markerade på kartan.</translation>
        </message>
        <message>
            <source>Click the corners on the map; double-click or right-click to finish.</source>
            <translation>Klicka ut hörnen på kartan; dubbelklicka eller högerklicka för att avsluta.</translation>
        </message>
        <message>
            <source>No polygon drawn yet.</source>
            <translation>Ingen polygon har ritats än.</translation>
        </message>
        <message numerus="yes">
            <source>Polygon with %n corner(s).</source>
            <translation>
                <numerusform>Polygon med %n hörn.</numerusform>
                <numerusform>Polygon med %n hörn.</numerusform>
            </translation>
        </message>
        <message>
            <source>Address or place, e.g. Hagabergsvägen 12</source>
            <translation>Adress eller plats, t.ex. Hagabergsvägen 12</translation>
        </message>
        <message>
            <source>Address or place</source>
            <translation>Adress eller plats</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::InterventionsPanel</name>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Ny…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <source>Mark the intervention as ended; it stays for follow-up</source>
            <translation>Markera insatsen som avslutad; den finns kvar för uppföljning</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Zoom to</source>
            <translation>Zooma till</translation>
        </message>
        <message>
            <source>Show the treated area and its buffer on the map</source>
            <translation>Visa insatsområdet och dess buffertzon på kartan</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Avslutad</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>från %1</translation>
        </message>
        <message>
            <source>Close intervention</source>
            <translation>Avsluta insats</translation>
        </message>
        <message>
            <source>Could not close the intervention: %1</source>
            <translation>Kunde inte avsluta insatsen: %1</translation>
        </message>
        <message>
            <source>Delete intervention</source>
            <translation>Ta bort insats</translation>
        </message>
        <message>
            <source>Delete the intervention “%1”? Its follow-up can no longer be made. This cannot be undone.</source>
            <translation>Ta bort insatsen ”%1”? Då går det inte längre att följa upp den. Detta kan inte ångras.</translation>
        </message>
        <message>
            <source>Could not delete the intervention: %1</source>
            <translation>Kunde inte ta bort insatsen: %1</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planerad</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::KnoxTask</name>
        <message>
            <source>Near repeats (Knox test)</source>
            <translation>Närupprepning (Knox-test)</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::MainWindow</name>
        <message>
            <source>Lägesbild</source>
            <translation>Lägesbild</translation>
        </message>
        <message>
            <source>Heat map drawn in %1 ms</source>
            <translation>Värmekartan ritades på %1 ms</translation>
        </message>
        <message>
            <source>Open a Lägesbild store with File → Open…</source>
            <translation>Öppna en Lägesbild-databas med Arkiv → Öppna databas…</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Lager</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Redigera…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Ta bort…</translation>
        </message>
        <message>
            <source>Incident</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <source>Zoom to selection</source>
            <translation>Zooma till markering</translation>
        </message>
        <message>
            <source>Clear selection</source>
            <translation>Rensa markering</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>Tabell</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Open store…</source>
            <translation>&amp;Öppna databas…</translation>
        </message>
        <message>
            <source>Add &amp;layer from file…</source>
            <translation>Lägg till &amp;lager från fil…</translation>
        </message>
        <message>
            <source>Add OpenStreetMap background</source>
            <translation>Lägg till OpenStreetMap som bakgrund</translation>
        </message>
        <message>
            <source>Add WMS/WMTS/XYZ service…</source>
            <translation>Lägg till WMS/WMTS/XYZ-tjänst…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Karta</translation>
        </message>
        <message>
            <source>Pan</source>
            <translation>Panorera</translation>
        </message>
        <message>
            <source>Zoom to all</source>
            <translation>Zooma till allt</translation>
        </message>
        <message>
            <source>Identify incident</source>
            <translation>Identifiera händelse</translation>
        </message>
        <message>
            <source>New report</source>
            <translation>Ny rapport</translation>
        </message>
        <message>
            <source>New report: click the map where it happened</source>
            <translation>Ny rapport: klicka på kartan där det hände</translation>
        </message>
        <message>
            <source>Heat map</source>
            <translation>Värmekarta</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Inställningar</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>The new language is used the next time Lägesbild starts.</source>
            <translation>Det nya språket används nästa gång Lägesbild startar.</translation>
        </message>
        <message>
            <source>Open Lägesbild store</source>
            <translation>Öppna Lägesbild-databas</translation>
        </message>
        <message>
            <source>GeoPackage (*.gpkg);;All files (*)</source>
            <translation>GeoPackage (*.gpkg);;Alla filer (*)</translation>
        </message>
        <message>
            <source>No map layers in %1</source>
            <translation>Inga kartlager i %1</translation>
        </message>
        <message>
            <source>Cannot open store</source>
            <translation>Kan inte öppna databasen</translation>
        </message>
        <message>
            <source>Lägesbild — %1</source>
            <translation>Lägesbild — %1</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n map layer(s)</source>
            <translation>
                <numerusform>%1: %n kartlager</numerusform>
                <numerusform>%1: %n kartlager</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is not a Lägesbild store; its layers are shown (%2)</source>
            <translation>%1 är ingen Lägesbild-databas; filens lager visas (%2)</translation>
        </message>
        <message>
            <source>The map could not apply the filter: %1</source>
            <translation>Kartan kunde inte tillämpa filtret: %1</translation>
        </message>
        <message>
            <source>The table shows at most %1 incidents: narrow the filter</source>
            <translation>Tabellen visar högst %1 händelser: begränsa filtret</translation>
        </message>
        <message>
            <source>&lt;p&gt;No details for this incident.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Inga detaljer för den här händelsen.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Reported crime</source>
            <translation>Anmält brott</translation>
        </message>
        <message>
            <source>Lägesbild report</source>
            <translation>Lägesbildsrapport</translation>
        </message>
        <message>
            <source>When</source>
            <translation>När</translation>
        </message>
        <message>
            <source>Reported by</source>
            <translation>Rapportör</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plats</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>only the municipality is known</source>
            <translation>bara kommunen är känd</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <source>Open a store first</source>
            <translation>Öppna en databas först</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>Kunde inte spara</translation>
        </message>
        <message>
            <source>Delete incident</source>
            <translation>Ta bort händelse</translation>
        </message>
        <message>
            <source>Delete incident %1? This is recorded in the audit log.</source>
            <translation>Ta bort händelse %1? Detta registreras i granskningsloggen.</translation>
        </message>
        <message>
            <source>Could not delete</source>
            <translation>Kunde inte ta bort</translation>
        </message>
        <message>
            <source>Add layer</source>
            <translation>Lägg till lager</translation>
        </message>
        <message>
            <source>GIS files (*.gpkg *.shp *.geojson *.json *.tif *.tiff *.kml *.csv);;All files (*)</source>
            <translation>GIS-filer (*.gpkg *.shp *.geojson *.json *.tif *.tiff *.kml *.csv);;Alla filer (*)</translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s) added</source>
            <translation>
                <numerusform>%n lager har lagts till</numerusform>
                <numerusform>%n lager har lagts till</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing could be read from %1</source>
            <translation>Ingenting kunde läsas från %1</translation>
        </message>
        <message>
            <source>&amp;Import incidents…</source>
            <translation>&amp;Importera händelser…</translation>
        </message>
        <message>
            <source>Hot spots (Gi*)</source>
            <translation>Hot spots (Gi*)</translation>
        </message>
        <message>
            <source>Hot spots: cells with significantly many (or few) incidents, Getis-Ord Gi*, 50 m cells</source>
            <translation>Hot spots: celler med statistiskt säkerställt många (eller få) händelser, Getis-Ord Gi*, 50 m-celler</translation>
        </message>
        <message>
            <source>Import incidents</source>
            <translation>Importera händelser</translation>
        </message>
        <message>
            <source>Open or create a store first.</source>
            <translation>Öppna eller skapa en databas först.</translation>
        </message>
        <message>
            <source>Computing hot spots…</source>
            <translation>Beräknar hot spots…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Open a store first.</source>
            <translation>Öppna en databas först.</translation>
        </message>
        <message>
            <source>Lägesbild — %1 (read-only)</source>
            <translation>Lägesbild — %1 (skrivskyddad)</translation>
        </message>
        <message>
            <source>%1 is read-only here: it can be viewed and analysed, but changes cannot be saved</source>
            <translation>%1 är skrivskyddad här: den kan visas och analyseras, men ändringar kan inte sparas</translation>
        </message>
        <message>
            <source>Where hot spots are computed: Gi* compares each cell with the mean of this area. Over the whole municipality every town cell stands out against empty forest; within the town only real concentrations do.</source>
            <translation>Var hot spots beräknas: Gi* jämför varje ruta med medelvärdet i detta område. Över hela kommunen sticker varje ruta i tätorten ut mot tom skog; inom tätorten gör bara verkliga koncentrationer det.</translation>
        </message>
        <message>
            <source>Panels</source>
            <translation>Paneler</translation>
        </message>
        <message>
            <source>Map only</source>
            <translation>Bara kartan</translation>
        </message>
        <message>
            <source>Hide every panel, and show them again (F11)</source>
            <translation>Dölj alla paneler och visa dem igen (F11)</translation>
        </message>
        <message>
            <source>Study area: all incidents</source>
            <translation>Studieområde: alla händelser</translation>
        </message>
        <message>
            <source>Study area: the map view</source>
            <translation>Studieområde: kartvyn</translation>
        </message>
        <message>
            <source>Study area: %1</source>
            <translation>Studieområde: %1</translation>
        </message>
        <message>
            <source>the map view</source>
            <translation>kartvyn</translation>
        </message>
        <message>
            <source>E %1, N %2</source>
            <translation>E %1, N %2</translation>
        </message>
        <message>
            <source>no address; %1</source>
            <translation>ingen adress; %1</translation>
        </message>
        <message>
            <source>no address; in %1, %2</source>
            <translation>ingen adress; i %1, %2</translation>
        </message>
        <message>
            <source>outside the named areas</source>
            <translation>utanför de namngivna områdena</translation>
        </message>
        <message>
            <source>Report %1 saved; it is selected on the map.</source>
            <translation>Rapport %1 sparad; den är markerad på kartan.</translation>
        </message>
        <message>
            <source>Report %1 saved. The filter hides it (period, kind or category): it is selected, and shown when the filter includes it.</source>
            <translation>Rapport %1 sparad. Filtret döljer den (period, typ eller kategori): den är markerad och visas när filtret tar med den.</translation>
        </message>
        <message>
            <source>Default layout</source>
            <translation>Standardlayout</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Import &amp;address register…</source>
            <translation>Importera &amp;adressregister…</translation>
        </message>
        <message>
            <source>Click the place on the map (Esc cancels).</source>
            <translation>Klicka på platsen på kartan (Esc avbryter).</translation>
        </message>
        <message>
            <source>Import address register</source>
            <translation>Importera adressregister</translation>
        </message>
        <message>
            <source>The address register was replaced; the search box and the forms use it now.</source>
            <translation>Adressregistret har ersatts; sökrutan och formulären använder det nu.</translation>
        </message>
        <message>
            <source>Found: %1</source>
            <translation>Hittad: %1</translation>
        </message>
        <message>
            <source>Open &amp;server store…</source>
            <translation>Öppna &amp;serverdatabas…</translation>
        </message>
        <message>
            <source>Open server store</source>
            <translation>Öppna serverdatabas</translation>
        </message>
        <message>
            <source>The shared store's connection, as your IT department gave it:
service=NAME (from pg_service.conf) or postgresql://user@server/database</source>
            <translation>Den delade databasens anslutning, som IT-avdelningen har gett den:
service=NAMN (från pg_service.conf) eller postgresql://användare@server/databas</translation>
        </message>
        <message>
            <source>"%1" is not a server connection: write service=NAME or postgresql://…</source>
            <translation>"%1" är ingen serveranslutning: skriv service=NAMN eller postgresql://…</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::MapStatusBar</name>
        <message>
            <source>Scale 1:%1</source>
            <translation>Skala 1:%1</translation>
        </message>
        <message>
            <source>E %1  N %2 (SWEREF 99 TM)   %3° N %4° E (WGS 84)</source>
            <translation>E %1  N %2 (SWEREF 99 TM)   %3° N %4° O (WGS 84)</translation>
        </message>
        <message>
            <source>Base map: %1</source>
            <translation>Bakgrundskarta: %1</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::NearRepeatTab</name>
        <message>
            <source>Breaks in metres from 0; bands include the lower break, not the upper; the last band is open-ended. 0,1 is the same location.</source>
            <translation>Gränser i meter från 0; banden omfattar den nedre gränsen, inte den övre; det sista bandet är öppet uppåt. 0,1 är samma plats.</translation>
        </message>
        <message>
            <source>Breaks in whole days from 0; 0,7 means 0 to 6 days apart; the last band is open-ended.</source>
            <translation>Gränser i hela dagar från 0; 0,7 betyder 0 till 6 dagar emellan; det sista bandet är öppet uppåt.</translation>
        </message>
        <message>
            <source>Straight line (Euclidean)</source>
            <translation>Fågelvägen (euklidiskt)</translation>
        </message>
        <message>
            <source>Along streets (Manhattan)</source>
            <translation>Längs gator (Manhattan)</translation>
        </message>
        <message>
            <source>Distance bands (m)</source>
            <translation>Avståndsband (m)</translation>
        </message>
        <message>
            <source>Time bands (days)</source>
            <translation>Tidsband (dagar)</translation>
        </message>
        <message>
            <source>Permutations</source>
            <translation>Permutationer</translation>
        </message>
        <message>
            <source>Distance</source>
            <translation>Avstånd</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>Beräkna</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Knox ratio = observed pairs / pairs expected by chance (times shuffled among the places). Red: more than expected; * and bold: significant (p ≤ 0.05).</source>
            <translation>Knox-kvot = observerade par / par som slumpen ger (tiderna blandade mellan platserna). Rött: fler än förväntat; * och fetstil: signifikant (p ≤ 0,05).</translation>
        </message>
        <message>
            <source>Risk zones on the map</source>
            <translation>Riskzoner på kartan</translation>
        </message>
        <message>
            <source>Around each incident of the last days of the period: the significant distance, labelled with the days of raised risk left.</source>
            <translation>Runt varje händelse de sista dagarna i perioden: det signifikanta avståndet, märkt med de dagar av förhöjd risk som återstår.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dagar</translation>
        </message>
        <message>
            <source>incidents of the last</source>
            <translation>händelser de senaste</translation>
        </message>
        <message>
            <source>Distance bands: %1</source>
            <translation>Avståndsband: %1</translation>
        </message>
        <message>
            <source>Time bands: %1</source>
            <translation>Tidsband: %1</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Beräknar…</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Avbrutet.</translation>
        </message>
        <message>
            <source>%1 incidents, %2 pairs; %3 within %4 m.</source>
            <translation>%1 händelser, %2 par; %3 inom %4 m.</translation>
        </message>
        <message>
            <source>Observed %1, expected %2, p = %3</source>
            <translation>Observerat %1, förväntat %2, p = %3</translation>
        </message>
        <message>
            <source>No significant near-repeat pattern: no risk zones.</source>
            <translation>Inget signifikant mönster av närupprepning: inga riskzoner.</translation>
        </message>
        <message numerus="yes">
            <source>%n zone(s) of %1 m around the incidents of the %2 days up to %3; risk raised for %4 days after each.</source>
            <translation>
                <numerusform>%n zon på %1 m runt händelserna de %2 dagarna fram till %3; förhöjd risk i %4 dagar efter varje.</numerusform>
                <numerusform>%n zoner på %1 m runt händelserna de %2 dagarna fram till %3; förhöjd risk i %4 dagar efter varje.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>lagesbild::PatternsTab</name>
        <message>
            <source>Select cells (drag or Ctrl-click) to show those weekdays and hours on the map</source>
            <translation>Markera celler (dra eller Ctrl-klicka) för att visa de veckodagarna och timmarna på kartan</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>Share A %</source>
            <translation>Andel A %</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Share B %</source>
            <translation>Andel B %</translation>
        </message>
        <message>
            <source>Export matrix…</source>
            <translation>Exportera matris…</translation>
        </message>
        <message>
            <source>Export shares…</source>
            <translation>Exportera andelar…</translation>
        </message>
        <message>
            <source>Export trend chart…</source>
            <translation>Exportera trenddiagram…</translation>
        </message>
        <message>
            <source>Monthly trend</source>
            <translation>Månadstrend</translation>
        </message>
        <message>
            <source>Category shares</source>
            <translation>Andelar per kategori</translation>
        </message>
        <message>
            <source>Hour by weekday</source>
            <translation>Timme per veckodag</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>Inga data</translation>
        </message>
        <message>
            <source>Hour × weekday, period B %1 (%2 in all)</source>
            <translation>Timme × veckodag, period B %1 (totalt %2)</translation>
        </message>
        <message>
            <source>%1 %2:00–%3:00: %4</source>
            <translation>%1 %2:00–%3:00: %4</translation>
        </message>
        <message>
            <source>A %1</source>
            <translation>A %1</translation>
        </message>
        <message>
            <source>B %1</source>
            <translation>B %1</translation>
        </message>
        <message>
            <source>Incidents per month</source>
            <translation>Händelser per månad</translation>
        </message>
        <message>
            <source>Export table</source>
            <translation>Exportera tabell</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel-arbetsbok (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export chart</source>
            <translation>Exportera diagram</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG-bild (*.png);;SVG-ritning (*.svg)</translation>
        </message>
        <message>
            <source>Spread time windows (aoristic)</source>
            <translation>Fördela tidsfönster (aoristiskt)</translation>
        </message>
        <message>
            <source>An incident with a time window ("between Friday 17:00 and Monday 07:30") counts in every hour of it, by the share of the window that hour covers, instead of wholly at its start. Windows longer than 7 days are counted at their start.</source>
            <translation>En händelse med ett tidsfönster ("mellan fredag 17.00 och måndag 07.30") räknas i varje timme av fönstret, med den andel av fönstret som timmen täcker, i stället för helt vid fönstrets början. Fönster längre än 7 dagar räknas vid sin början.</translation>
        </message>
        <message>
            <source>Hour by weekday (aoristic)</source>
            <translation>Timme per veckodag (aoristiskt)</translation>
        </message>
        <message>
            <source>Category shares (aoristic)</source>
            <translation>Andelar per kategori (aoristiskt)</translation>
        </message>
        <message>
            <source>Hour × weekday, period B %1 (%2 in all), aoristic: %3 incidents spread over their time windows, %4 windows longer than %5 days counted at their start</source>
            <translation>Timme × veckodag, period B %1 (totalt %2), aoristiskt: %3 händelser fördelade över sina tidsfönster, %4 fönster längre än %5 dagar räknade vid sin början</translation>
        </message>
        <message>
            <source>Incidents per month (aoristic)</source>
            <translation>Händelser per månad (aoristiskt)</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::PlaceSearchBox</name>
        <message>
            <source>Search address or place…</source>
            <translation>Sök adress eller plats…</translation>
        </message>
        <message>
            <source>No address or place "%1" in the register.</source>
            <translation>Ingen adress eller plats "%1" i registret.</translation>
        </message>
        <message>
            <source>Not found. Did you mean %1?</source>
            <translation>Hittades inte. Menade du %1?</translation>
        </message>
        <message>
            <source> or </source>
            <translation> eller </translation>
        </message>
    </context>
    <context>
        <name>lagesbild::PointIndexTask</name>
        <message>
            <source>Reading incident positions for the map</source>
            <translation>Läser händelsernas positioner till kartan</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::PrintDialog</name>
        <message>
            <source>Print</source>
            <translation>Skriv ut</translation>
        </message>
        <message>
            <source>Map sheet, A4 landscape</source>
            <translation>Kartblad, A4 liggande</translation>
        </message>
        <message>
            <source>Map sheet, A3 landscape</source>
            <translation>Kartblad, A3 liggande</translation>
        </message>
        <message>
            <source>Lägesbild report, A4 (several pages)</source>
            <translation>Lägesbildsrapport, A4 (flera sidor)</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Mall</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Default: Lägesbild and the period</source>
            <translation>Standard: Lägesbild och perioden</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Rubrik</translation>
        </message>
        <message>
            <source>The coordinator's assessment (report template)</source>
            <translation>Samordnarens bedömning (rapportmall)</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Bedömning</translation>
        </message>
        <message>
            <source>Compare with the same period a year earlier</source>
            <translation>Jämför med samma period ett år tidigare</translation>
        </message>
        <message>
            <source>Heat map instead of points (map sheets)</source>
            <translation>Värmekarta i stället för punkter (kartblad)</translation>
        </message>
        <message>
            <source>Public version: counts per grid cell, counts under 5 hidden, no addresses</source>
            <translation>Offentlig version: antal per rutnätscell, antal under 5 döljs, inga adresser</translation>
        </message>
        <message>
            <source>Each checked intervention gets a follow-up page in the report template.</source>
            <translation>Varje ikryssad insats får en uppföljningssida i rapportmallen.</translation>
        </message>
        <message>
            <source>Intervention %1</source>
            <translation>Insats %1</translation>
        </message>
        <message>
            <source>Follow-up pages</source>
            <translation>Uppföljningssidor</translation>
        </message>
        <message>
            <source>PNG: every page as its own file (else the first page)</source>
            <translation>PNG: varje sida som en egen fil (annars bara första sidan)</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Exportera PDF…</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Exportera PNG…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Föregående</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Nästa ▶</translation>
        </message>
        <message>
            <source>Reading the figures…</source>
            <translation>Läser in siffrorna…</translation>
        </message>
        <message>
            <source>The figures could not be read.</source>
            <translation>Siffrorna kunde inte läsas in.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Sida %1 av %2</translation>
        </message>
        <message>
            <source>Drawing the PNG…</source>
            <translation>Ritar PNG-bilden…</translation>
        </message>
        <message>
            <source>Writing the PDF…</source>
            <translation>Skriver PDF-filen…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>Exporten avbröts.</translation>
        </message>
        <message>
            <source>%1 failed (exit code %2)</source>
            <translation>%1 misslyckades (slutkod %2)</translation>
        </message>
        <message>
            <source>%1 (%2 s)</source>
            <translation>%1 (%2 s)</translation>
        </message>
        <message numerus="yes">
            <source>%1 written: %n page(s), %2 s</source>
            <translation>
                <numerusform>Skrev %1: %n sida, %2 s</numerusform>
                <numerusform>Skrev %1: %n sidor, %2 s</numerusform>
            </translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>Exportera PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export PNG</source>
            <translation>Exportera PNG</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-bild (*.png)</translation>
        </message>
        <message>
            <source>The near-repeat risk zones now on the map, on top of the incidents (never in the public version).</source>
            <translation>Närupprepningens riskzoner som nu visas på kartan, ovanpå händelserna (aldrig i den offentliga versionen).</translation>
        </message>
        <message numerus="yes">
            <source>Near-repeat risk zones on the map (%n zone(s) of %1 m)</source>
            <translation>
                <numerusform>Närupprepningens riskzoner på kartan (%n zon på %1 m)</numerusform>
                <numerusform>Närupprepningens riskzoner på kartan (%n zoner på %1 m)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>lagesbild::StoreSettings</name>
        <message>
            <source>%1 is not a Lägesbild store (no settings table).</source>
            <translation>%1 är ingen Lägesbild-databas (inställningstabell saknas).</translation>
        </message>
        <message>
            <source>The setting %1 could not be read from %2.</source>
            <translation>Inställningen %1 kunde inte läsas från %2.</translation>
        </message>
        <message>
            <source>The store setting "%1" cannot be written.</source>
            <translation>Databasinställningen "%1" kan inte skrivas.</translation>
        </message>
        <message>
            <source>The setting %1 could not be saved in %2.</source>
            <translation>Inställningen %1 kunde inte sparas i %2.</translation>
        </message>
        <message>
            <source>The setting %1 could not be removed from %2.</source>
            <translation>Inställningen %1 kunde inte tas bort från %2.</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::TableExport</name>
        <message>
            <source>%1: unknown table format (use .csv or .xlsx)</source>
            <translation>%1: okänt tabellformat (använd .csv eller .xlsx)</translation>
        </message>
        <message>
            <source>%1: cannot write</source>
            <translation>%1: kan inte skriva</translation>
        </message>
        <message>
            <source>GDAL has no XLSX driver</source>
            <translation>GDAL saknar drivrutin för XLSX</translation>
        </message>
        <message>
            <source>%1: cannot create the workbook</source>
            <translation>%1: kan inte skapa arbetsboken</translation>
        </message>
        <message>
            <source>%1: cannot create the sheet</source>
            <translation>%1: kan inte skapa bladet</translation>
        </message>
        <message>
            <source>%1: cannot write a row</source>
            <translation>%1: kan inte skriva en rad</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivning</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::TimeSlider</name>
        <message>
            <source>Step through time</source>
            <translation>Stega genom tiden</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Veckor</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>Månader</translation>
        </message>
        <message>
            <source>Play / pause</source>
            <translation>Spela upp / pausa</translation>
        </message>
        <message>
            <source>Whole period</source>
            <translation>Hela perioden</translation>
        </message>
        <message>
            <source>Week %1, %2 – %3</source>
            <translation>Vecka %1, %2 – %3</translation>
        </message>
    </context>
    <context>
        <name>lagesbild::YearCalendar</name>
        <message>
            <source>One year back</source>
            <translation>Ett år bakåt</translation>
        </message>
        <message>
            <source>One year forward</source>
            <translation>Ett år framåt</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Lägesbild — incidents, hot spots and follow-up for municipal safety work</source>
            <translation>Lägesbild — händelser, hot spot-områden och uppföljning för kommunalt trygghetsarbete</translation>
        </message>
        <message>
            <source>Save a picture of the window once the map is drawn, then quit.</source>
            <translation>Spara en bild av fönstret när kartan har ritats och avsluta sedan.</translation>
        </message>
        <message>
            <source>Store (GeoPackage) to open.</source>
            <translation>Databas (GeoPackage) att öppna.</translation>
        </message>
        <message>
            <source>Start with the heat map shown.</source>
            <translation>Starta med värmekartan visad.</translation>
        </message>
        <message>
            <source>Start with the Gi* hot-spot grid shown.</source>
            <translation>Starta med Gi*-rutnätet för hot spots visat.</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analys</translation>
        </message>
        <message>
            <source>Start with the hot-spot change from period A to period B shown (the analysis pane's periods).</source>
            <translation>Starta med förändringen i hot spots från period A till period B visad (analyspanelens perioder).</translation>
        </message>
        <message>
            <source>Start with the interventions dock showing this intervention's follow-up.</source>
            <translation>Starta med insatspanelen öppen och den här insatsens uppföljning visad.</translation>
        </message>
        <message>
            <source>Start with the near-repeat test of this crime category and its risk zones on the map.</source>
            <translation>Starta med närupprepningstestet för denna brottskategori och dess riskzoner på kartan.</translation>
        </message>
        <message>
            <source>Near repeats</source>
            <translation>Närupprepning</translation>
        </message>
        <message>
            <source>Start zoomed to this address or place (as the toolbar's search).</source>
            <translation>Starta inzoomad på den här adressen eller platsen (som sökrutan i verktygsfältet).</translation>
        </message>
    </context>
</TS>