<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="27"/>
        <source>Micro-credential course development studio</source>
        <translation>Studio pembangunan kursus mikro-kredensial</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="31"/>
        <source>Open this local database file.</source>
        <translation>Buka fail pangkalan data setempat ini.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="34"/>
        <source>A local database file to open.</source>
        <translation>Fail pangkalan data setempat yang hendak dibuka.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="63"/>
        <source>Open Database</source>
        <translation>Buka Pangkalan Data</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="64"/>
        <source>The database could not be opened: %1</source>
        <translation>Pangkalan data tidak dapat dibuka: %1</translation>
    </message>
</context>
<context>
    <name>mcs::AccreditedProgrammesDialog</name>
    <message>
        <location filename="../forms/accreditedprogrammesdialog.cpp" line="15"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location filename="../forms/accreditedprogrammesdialog.cpp" line="16"/>
        <source>&amp;Remove</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../forms/accreditedprogrammesdialog.cpp" line="18"/>
        <source>Accredited Programme Names</source>
        <translation>Nama Program Terakreditasi</translation>
    </message>
    <message>
        <location filename="../forms/accreditedprogrammesdialog.cpp" line="20"/>
        <source>The qualification names of the university&apos;s accredited programmes. An MC&apos;s title must not equal any of them (with or without &quot;Micro-Credential in&quot;). Double-click a name to edit it.</source>
        <translation>Nama kelayakan program terakreditasi universiti. Tajuk MC tidak boleh sama dengan mana-mana nama ini (dengan atau tanpa &quot;Micro-Credential in&quot;). Dwiklik nama untuk menyuntingnya.</translation>
    </message>
    <message>
        <location filename="../forms/accreditedprogrammesdialog.cpp" line="38"/>
        <source>Add a programme name</source>
        <translation>Tambah nama program</translation>
    </message>
    <message>
        <location filename="../forms/accreditedprogrammesdialog.cpp" line="39"/>
        <source>Remove the selected names</source>
        <translation>Buang nama yang dipilih</translation>
    </message>
</context>
<context>
    <name>mcs::ActionManager</name>
    <message>
        <location filename="../forms/applicationactions.cpp" line="32"/>
        <source>&amp;New Database…</source>
        <translation>Pangkalan Data Ba&amp;haru…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="33"/>
        <source>Create a new, empty local database file</source>
        <translation>Cipta fail pangkalan data setempat yang baharu dan kosong</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="35"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Buka Pangkalan Data…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="36"/>
        <source>Open a local MC Studio database file</source>
        <translation>Buka fail pangkalan data MC Studio setempat</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="37"/>
        <source>&amp;Connect to Server…</source>
        <translation>Sambung ke &amp;Pelayan…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="38"/>
        <source>Work on the shared PostgreSQL server of the CFLEX office</source>
        <translation>Bekerja pada pelayan PostgreSQL kongsi pejabat CFLEX</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="40"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="40"/>
        <source>Save the current course</source>
        <translation>Simpan kursus semasa</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="42"/>
        <source>&amp;Print Proposal…</source>
        <translation>&amp;Cetak Cadangan…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="43"/>
        <source>Print the current course&apos;s application form</source>
        <translation>Cetak borang permohonan kursus semasa</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="45"/>
        <source>&amp;Export Proposal as PDF…</source>
        <translation>&amp;Eksport Cadangan sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="46"/>
        <source>Write the current course&apos;s application form to a PDF file</source>
        <translation>Tulis borang permohonan kursus semasa ke fail PDF</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="48"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="48"/>
        <source>Quit MC Studio</source>
        <translation>Keluar daripada MC Studio</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Buat Asal</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="56"/>
        <source>&amp;Redo</source>
        <translation>Buat &amp;Semula</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="60"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="61"/>
        <source>Cut the selection: Table 4 rows or text</source>
        <translation>Potong pilihan: baris Jadual 4 atau teks</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="62"/>
        <source>&amp;Copy</source>
        <translation>Sa&amp;lin</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="63"/>
        <source>Copy the selection: Table 4 rows (also as text for a spreadsheet) or text</source>
        <translation>Salin pilihan: baris Jadual 4 (juga sebagai teks untuk hamparan) atau teks</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="65"/>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="66"/>
        <source>Paste into Table 4 after the current row (rows or spreadsheet text), or into a field</source>
        <translation>Tampal ke Jadual 4 selepas baris semasa (baris atau teks hamparan), atau ke dalam medan</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="68"/>
        <source>&amp;Find Course…</source>
        <translation>&amp;Cari Kursus…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="69"/>
        <source>Search the course navigator</source>
        <translation>Cari dalam senarai kursus</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="71"/>
        <source>&amp;Close Tab</source>
        <translation>&amp;Tutup Tab</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="71"/>
        <source>Close the current course tab</source>
        <translation>Tutup tab kursus semasa</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="74"/>
        <source>Import Table 4 from CSV…</source>
        <translation>Import Jadual 4 daripada CSV…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="75"/>
        <source>Replace the current course&apos;s Table 4 with a CSV file (one undo step)</source>
        <translation>Gantikan Jadual 4 kursus semasa dengan fail CSV (satu langkah buat asal)</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="76"/>
        <source>Export Table 4 as CSV…</source>
        <translation>Eksport Jadual 4 sebagai CSV…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="77"/>
        <source>Write the current course&apos;s Table 4 as a CSV file for a spreadsheet</source>
        <translation>Tulis Jadual 4 kursus semasa sebagai fail CSV untuk hamparan</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="78"/>
        <source>Export Table 4 Summary as XLSX…</source>
        <translation>Eksport Ringkasan Jadual 4 sebagai XLSX…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="79"/>
        <source>Write the MQA-style Table 4 summary workbook</source>
        <translation>Tulis buku kerja ringkasan Jadual 4 gaya MQA</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="80"/>
        <source>Export Table 4 Summary as PDF…</source>
        <translation>Eksport Ringkasan Jadual 4 sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="81"/>
        <source>Write the MQA-style Table 4 summary as a PDF</source>
        <translation>Tulis ringkasan Jadual 4 gaya MQA sebagai PDF</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="82"/>
        <source>&amp;Portfolio: Gantt and Dashboard</source>
        <translation>&amp;Portfolio: Gantt dan Papan Pemuka</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="83"/>
        <source>Every course&apos;s development milestones at a glance</source>
        <translation>Tonggak pembangunan setiap kursus sepintas lalu</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="85"/>
        <source>My &amp;Tasks</source>
        <translation>Tugasan &amp;Saya</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="86"/>
        <source>Courses waiting for you in the approval workflow, those you submitted, or all</source>
        <translation>Kursus yang menunggu tindakan anda dalam aliran kelulusan, kursus yang anda hantar, atau semua</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="88"/>
        <source>&amp;Audit Trail</source>
        <translation>Jejak &amp;Audit</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="89"/>
        <source>Who changed which course, result or statement, and when (CFLEX)</source>
        <translation>Siapa mengubah kursus, keputusan atau penyata yang mana, dan bila (CFLEX)</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="90"/>
        <source>Application &amp;Form</source>
        <translation>&amp;Borang Permohonan</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="91"/>
        <source>Show the current course&apos;s application form</source>
        <translation>Paparkan borang permohonan kursus semasa</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="92"/>
        <source>Table &amp;4 and SLT</source>
        <translation>&amp;Jadual 4 dan MPP</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="93"/>
        <source>Show the current course&apos;s Table 4 and its Student Learning Time</source>
        <translation>Paparkan Jadual 4 kursus semasa dan Masa Pembelajaran Pelajarnya</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="95"/>
        <source>&amp;Dark Theme</source>
        <translation>Tema &amp;Gelap</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="96"/>
        <source>Show MC Studio in dark colours</source>
        <translation>Paparkan MC Studio dalam warna gelap</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="98"/>
        <source>SLT &amp;Rates…</source>
        <translation>&amp;Kadar MPP…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="99"/>
        <source>The Student Learning Time rate table in use (guideline 2.2)</source>
        <translation>Jadual kadar Masa Pembelajaran Pelajar yang digunakan (garis panduan 2.2)</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="101"/>
        <source>&amp;Statements and Badges</source>
        <translation>Pen&amp;yata dan Lencana</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="102"/>
        <source>Learners&apos; results, statements (MMS) and digital badges of a course&apos;s offerings</source>
        <translation>Keputusan pelajar, penyata (MMS) dan lencana digital bagi tawaran sesuatu kursus</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="104"/>
        <source>&amp;Verify Statement…</source>
        <translation>Sa&amp;hkan Penyata…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="105"/>
        <source>Check the signed QR code of a printed statement</source>
        <translation>Semak kod QR bertandatangan pada penyata bercetak</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="106"/>
        <source>&amp;Accredited Programme Names…</source>
        <translation>Nama Program &amp;Terakreditasi…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="107"/>
        <source>The accredited programmes&apos; qualification names an MC title must differ from</source>
        <translation>Nama kelayakan program terakreditasi yang mesti berbeza daripada tajuk MC</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="108"/>
        <source>&amp;Issuer Settings…</source>
        <translation>Tetapan &amp;Pengeluar…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="109"/>
        <source>The institution, signatory, verification address and serial pattern printed on statements (CFLEX)</source>
        <translation>Institusi, penandatangan, alamat pengesahan dan corak no. siri yang dicetak pada penyata (CFLEX)</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="110"/>
        <source>Save &amp;Version</source>
        <translation>Simpan &amp;Versi</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="111"/>
        <source>Save the current course and keep this state in its history</source>
        <translation>Simpan kursus semasa dan kekalkan keadaan ini dalam sejarahnya</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="112"/>
        <source>Check O&amp;ut to Local File…</source>
        <translation>Daftar Kel&amp;uar ke Fail Setempat…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="113"/>
        <source>Copy the current course into a local file to work on it without a network</source>
        <translation>Salin kursus semasa ke fail setempat untuk bekerja tanpa rangkaian</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="114"/>
        <source>Check &amp;In to Server…</source>
        <translation>Daftar &amp;Masuk ke Pelayan…</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="115"/>
        <source>Send the courses checked out into this local file back to where they came from</source>
        <translation>Hantar kursus yang didaftar keluar ke fail setempat ini kembali ke asalnya</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="118"/>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="119"/>
        <source>Show the interface in English</source>
        <translation>Paparkan antara muka dalam bahasa Inggeris</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="120"/>
        <source>Bahasa &amp;Melayu</source>
        <translation>Bahasa &amp;Melayu</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="121"/>
        <source>Show the interface in Bahasa Melayu</source>
        <translation>Paparkan antara muka dalam Bahasa Melayu</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="129"/>
        <source>&amp;About MC Studio</source>
        <translation>&amp;Perihal MC Studio</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="130"/>
        <source>Version and credits</source>
        <translation>Versi dan penghargaan</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="132"/>
        <source>About &amp;Qt</source>
        <translation>Perihal &amp;Qt</translation>
    </message>
    <message>
        <location filename="../forms/applicationactions.cpp" line="133"/>
        <source>The Qt version in use</source>
        <translation>Versi Qt yang digunakan</translation>
    </message>
</context>
<context>
    <name>mcs::ActivityTsv</name>
    <message>
        <location filename="../models/domain/activitytsv.cpp" line="102"/>
        <source>the header needs a type and a quantity column</source>
        <translation>baris pengepala memerlukan lajur jenis dan lajur kuantiti</translation>
    </message>
    <message>
        <location filename="../models/domain/activitytsv.cpp" line="120"/>
        <source>&apos;%1&apos; is not an activity type</source>
        <translation>&apos;%1&apos; bukan jenis aktiviti</translation>
    </message>
    <message>
        <location filename="../models/domain/activitytsv.cpp" line="127"/>
        <location filename="../models/domain/activitytsv.cpp" line="133"/>
        <location filename="../models/domain/activitytsv.cpp" line="138"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; bukan nombor</translation>
    </message>
    <message>
        <location filename="../models/domain/activitytsv.cpp" line="143"/>
        <source>&apos;%1&apos; is not a delivery mode</source>
        <translation>&apos;%1&apos; bukan mod penyampaian</translation>
    </message>
    <message>
        <location filename="../models/domain/activitytsv.cpp" line="147"/>
        <source>&apos;%1&apos; is not an assessment kind</source>
        <translation>&apos;%1&apos; bukan jenis penilaian</translation>
    </message>
    <message>
        <location filename="../models/domain/activitytsv.cpp" line="156"/>
        <source>the activity type is missing</source>
        <translation>jenis aktiviti tiada</translation>
    </message>
    <message>
        <location filename="../models/domain/activitytsv.cpp" line="158"/>
        <source>the quantity is missing</source>
        <translation>kuantiti tiada</translation>
    </message>
</context>
<context>
    <name>mcs::ApplicationForm</name>
    <message>
        <location filename="../forms/applicationform.ui" line="9"/>
        <source>Identity and code</source>
        <translation>Identiti dan kod</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="12"/>
        <source>Kind of MC</source>
        <translation>Jenis MC</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="14"/>
        <source>MC code</source>
        <translation>Kod MC</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="16"/>
        <source>MC title</source>
        <translation>Tajuk MC</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="18"/>
        <source>Original course code</source>
        <translation>Kod kursus asal</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="20"/>
        <source>Original course name</source>
        <translation>Nama kursus asal</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="22"/>
        <source>Faculty / PTj</source>
        <translation>Fakulti / PTj</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="26"/>
        <source>Justification and market survey</source>
        <translation>Justifikasi dan tinjauan pasaran</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="29"/>
        <source>Justification</source>
        <translation>Justifikasi</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="31"/>
        <source>Survey respondents</source>
        <translation>Responden tinjauan</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="33"/>
        <source>Survey analysis</source>
        <translation>Analisis tinjauan</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="37"/>
        <source>Learning outcomes</source>
        <translation>Hasil pembelajaran</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="40"/>
        <source>Entry requirements</source>
        <translation>Syarat kemasukan</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="42"/>
        <source>Synopsis</source>
        <translation>Sinopsis</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="47"/>
        <location filename="../forms/applicationform.ui" line="79"/>
        <location filename="../forms/applicationform.ui" line="107"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="48"/>
        <location filename="../forms/applicationform.ui" line="80"/>
        <location filename="../forms/applicationform.ui" line="108"/>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="49"/>
        <location filename="../forms/applicationform.ui" line="81"/>
        <location filename="../forms/applicationform.ui" line="109"/>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="50"/>
        <location filename="../forms/applicationform.ui" line="82"/>
        <location filename="../forms/applicationform.ui" line="110"/>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="54"/>
        <source>Delivery and mode</source>
        <translation>Penyampaian dan mod</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="57"/>
        <source>Delivery mode</source>
        <translation>Mod penyampaian</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="59"/>
        <source>Language of instruction</source>
        <translation>Bahasa pengantar</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="61"/>
        <source>Study session</source>
        <translation>Sesi pengajian</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="63"/>
        <source>Course level (MQF)</source>
        <translation>Tahap kursus (MQF)</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="64"/>
        <source>Not chosen</source>
        <translation>Belum dipilih</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="65"/>
        <source>Credit value</source>
        <translation>Nilai kredit</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="67"/>
        <source>Learner commitment</source>
        <translation>Komitmen pelajar</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="69"/>
        <source>Hands-on nature</source>
        <translation>Sifat amali</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="70"/>
        <source>Laboratory-intensive (intensive use of equipment or laboratories)</source>
        <translation>Intensif makmal (penggunaan peralatan atau makmal secara intensif)</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="70"/>
        <location filename="../forms/applicationform.ui" line="71"/>
        <location filename="../forms/applicationform.ui" line="72"/>
        <source>Guideline 1.5 i: courses of this nature may not suit fully online delivery</source>
        <translation>Garis panduan 1.5 i: kursus bersifat begini mungkin tidak sesuai disampaikan sepenuhnya dalam talian</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="71"/>
        <source>Clinical training (extensive demonstration and clinical practice)</source>
        <translation>Latihan klinikal (demonstrasi dan amalan klinikal yang meluas)</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="72"/>
        <source>Practicum, internship or fieldwork (substantial hands-on work)</source>
        <translation>Praktikum, latihan industri atau kerja lapangan (kerja amali yang banyak)</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="75"/>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="86"/>
        <source>Offering and fee</source>
        <translation>Tawaran dan yuran</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="89"/>
        <source>Offer period</source>
        <translation>Tempoh tawaran</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="91"/>
        <source>Fee (MYR)</source>
        <translation>Yuran (MYR)</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="92"/>
        <source>RM </source>
        <translation>RM </translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="93"/>
        <source>Promotion</source>
        <translation>Promosi</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="95"/>
        <source>Continuous improvement</source>
        <translation>Penambahbaikan berterusan</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="97"/>
        <source>Quality assurance</source>
        <translation>Jaminan kualiti</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="99"/>
        <source>Professional body</source>
        <translation>Badan profesional</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="100"/>
        <source>e.g. Board of Engineers Malaysia; leave empty when the field has none</source>
        <translation>cth. Lembaga Jurutera Malaysia; biarkan kosong jika bidang ini tiada badan profesional</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="100"/>
        <source>Guideline 1.5 g: a field under a professional body needs that body consulted</source>
        <translation>Garis panduan 1.5 g: bidang di bawah badan profesional memerlukan rundingan dengan badan itu</translation>
    </message>
    <message>
        <location filename="../forms/applicationform.ui" line="103"/>
        <source>Team</source>
        <translation>Pasukan</translation>
    </message>
</context>
<context>
    <name>mcs::AuditModel</name>
    <message>
        <location filename="../models/items/auditmodel.cpp" line="99"/>
        <source>(local user)</source>
        <translation>(pengguna setempat)</translation>
    </message>
    <message>
        <location filename="../models/items/auditmodel.cpp" line="101"/>
        <source>inserted</source>
        <translation>dimasukkan</translation>
    </message>
    <message>
        <location filename="../models/items/auditmodel.cpp" line="101"/>
        <source>deleted</source>
        <translation>dipadam</translation>
    </message>
    <message>
        <location filename="../models/items/auditmodel.cpp" line="101"/>
        <source>updated</source>
        <translation>dikemas kini</translation>
    </message>
    <message>
        <location filename="../models/items/auditmodel.cpp" line="120"/>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <location filename="../models/items/auditmodel.cpp" line="121"/>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <location filename="../models/items/auditmodel.cpp" line="122"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location filename="../models/items/auditmodel.cpp" line="123"/>
        <source>Record</source>
        <translation>Rekod</translation>
    </message>
    <message>
        <location filename="../models/items/auditmodel.cpp" line="124"/>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location filename="../models/items/auditmodel.cpp" line="125"/>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
</context>
<context>
    <name>mcs::AuditView</name>
    <message>
        <location filename="../forms/auditview.cpp" line="61"/>
        <source>any</source>
        <translation>mana-mana</translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="65"/>
        <source>&amp;Person:</source>
        <translation>&amp;Orang:</translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="66"/>
        <source>&amp;Course:</source>
        <translation>&amp;Kursus:</translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="67"/>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="68"/>
        <source>&amp;To:</source>
        <translation>&amp;Hingga:</translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="69"/>
        <source>&amp;Show</source>
        <translation>&amp;Tunjuk</translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="86"/>
        <source>Select a change to see the record before and after it.</source>
        <translation>Pilih satu perubahan untuk melihat rekod sebelum dan selepasnya.</translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="106"/>
        <source>anyone</source>
        <translation>sesiapa</translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="108"/>
        <source>any course</source>
        <translation>mana-mana kursus</translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="128"/>
        <source>No database is open.</source>
        <translation>Tiada pangkalan data dibuka.</translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="142"/>
        <source>The audit trail is for CFLEX officers and administrators: the server refused to show it to you.</source>
        <translation>Jejak audit adalah untuk pegawai CFLEX dan pentadbir: pelayan enggan memaparkannya kepada anda.</translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="144"/>
        <source>The audit trail could not be read: %1</source>
        <translation>Jejak audit tidak dapat dibaca: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/auditview.cpp" line="149"/>
        <source>%n change(s), newest first.</source>
        <translation>
            <numerusform>%n perubahan, yang terbaharu dahulu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/auditview.cpp" line="162"/>
        <source>Before:
%1

After:
%2</source>
        <translation>Sebelum:
%1

Selepas:
%2</translation>
    </message>
</context>
<context>
    <name>mcs::Calendar</name>
    <message>
        <location filename="../models/output/milestonecalendar.cpp" line="27"/>
        <source>%1: %2 due</source>
        <translation>%1: %2 perlu siap</translation>
    </message>
    <message>
        <location filename="../models/output/milestonecalendar.cpp" line="32"/>
        <source>Milestone %1 of %2 (%3% of development)</source>
        <translation>Tonggak %1 daripada %2 (%3% pembangunan)</translation>
    </message>
    <message>
        <location filename="../models/output/milestonecalendar.cpp" line="37"/>
        <source>Planned: %1 to %2</source>
        <translation>Dirancang: %1 hingga %2</translation>
    </message>
    <message>
        <location filename="../models/output/milestonecalendar.cpp" line="40"/>
        <source>Completed: %1</source>
        <translation>Selesai: %1</translation>
    </message>
</context>
<context>
    <name>mcs::CheckInDialog</name>
    <message>
        <location filename="../forms/checkindialog.cpp" line="24"/>
        <source>Check In %1</source>
        <translation>Daftar Masuk %1</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="27"/>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed on the server since you checked it out. Parts changed on both sides are conflicts: for each, tick the change to keep. Parts changed on one side only are taken from that side. Nothing is written until you press Check In.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; telah diubah di pelayan sejak anda mendaftarkannya keluar. Bahagian yang diubah di kedua-dua pihak ialah konflik: bagi setiap satu, tandakan perubahan yang hendak dikekalkan. Bahagian yang diubah di satu pihak sahaja diambil daripada pihak itu. Tiada apa-apa ditulis sehingga anda menekan Daftar Masuk.</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="31"/>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed on the server since you checked it out, in other parts than yours. Both sets of changes will be kept, as listed below.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; telah diubah di pelayan sejak anda mendaftarkannya keluar, pada bahagian lain daripada bahagian anda. Kedua-dua set perubahan akan dikekalkan, seperti disenaraikan di bawah.</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="55"/>
        <source>Keep All Mine</source>
        <translation>Kekalkan Semua Milik Saya</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="56"/>
        <source>Keep All Server&apos;s</source>
        <translation>Kekalkan Semua Milik Pelayan</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="59"/>
        <source>Check In</source>
        <translation>Daftar Masuk</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="92"/>
        <source>Conflicts still to decide: %1.</source>
        <translation>Konflik yang belum diputuskan: %1.</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="93"/>
        <source>Every part is decided: Check In sends the result to the server.</source>
        <translation>Setiap bahagian telah diputuskan: Daftar Masuk menghantar hasilnya ke pelayan.</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="105"/>
        <source>The server&apos;s change</source>
        <translation>Perubahan pelayan</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="106"/>
        <location filename="../forms/checkindialog.cpp" line="109"/>
        <source>When checked out</source>
        <translation>Semasa didaftar keluar</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="106"/>
        <source>On the server now</source>
        <translation>Di pelayan sekarang</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="107"/>
        <source>Unchanged on the server.</source>
        <translation>Tidak berubah di pelayan.</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="108"/>
        <source>Your change</source>
        <translation>Perubahan anda</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="109"/>
        <source>In your copy</source>
        <translation>Dalam salinan anda</translation>
    </message>
    <message>
        <location filename="../forms/checkindialog.cpp" line="110"/>
        <source>Unchanged in your copy.</source>
        <translation>Tidak berubah dalam salinan anda.</translation>
    </message>
</context>
<context>
    <name>mcs::Compliance</name>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="73"/>
        <source>%1 is required.</source>
        <translation>%1 wajib diisi.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="76"/>
        <source>Name at least one lecturer involved.</source>
        <translation>Namakan sekurang-kurangnya seorang pensyarah yang terlibat.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="78"/>
        <source>State at least one course learning outcome.</source>
        <translation>Nyatakan sekurang-kurangnya satu hasil pembelajaran kursus.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="93"/>
        <source>An MC made from an accredited course is coded &lt;original code&gt;MC, or &lt;original code&gt;MCA, MCB, ... for the parts of a split course (e.g. TMN4031MC); &quot;%1&quot; is not.</source>
        <translation>MC daripada kursus terakreditasi dikodkan &lt;kod asal&gt;MC, atau &lt;kod asal&gt;MCA, MCB, ... bagi bahagian kursus yang dipecahkan (cth. TMN4031MC); &quot;%1&quot; tidak begitu.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="99"/>
        <source>A stand-alone MC is coded MC and three digits (e.g. MC001); &quot;%1&quot; is not.</source>
        <translation>MC berdiri sendiri dikodkan MC dan tiga digit (cth. MC001); &quot;%1&quot; tidak begitu.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="104"/>
        <source>A stand-alone MC verified by a QVC is coded MCV and three digits (e.g. MCV001); &quot;%1&quot; is not.</source>
        <translation>MC berdiri sendiri yang disahkan oleh QVC dikodkan MCV dan tiga digit (cth. MCV001); &quot;%1&quot; tidak begitu.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="118"/>
        <source>The code must derive from the original course code: %1MC, or %1MCA, %1MCB, ... for a split course.</source>
        <translation>Kod mesti diterbitkan daripada kod kursus asal: %1MC, atau %1MCA, %1MCB, ... bagi kursus yang dipecahkan.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="129"/>
        <source>The title should read &quot;Micro-Credential in ...&quot;.</source>
        <translation>Tajuk sepatutnya berbunyi &quot;Micro-Credential in ...&quot; (Mikro-kredensial dalam ...).</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="145"/>
        <source>The title equals the accredited programme &quot;%1&quot;; an MC must be named differently.</source>
        <translation>Tajuk sama dengan program terakreditasi &quot;%1&quot;; MC mesti dinamakan secara berbeza.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="156"/>
        <source>Choose the course&apos;s MQF level (1 to 8); Foundation programmes cannot become micro-credentials.</source>
        <translation>Pilih tahap MQF kursus (1 hingga 8); program Asasi tidak boleh dijadikan mikro-kredensial.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="176"/>
        <source>The assessment weights total %1%; they must total 100%.</source>
        <translation>Jumlah wajaran penilaian ialah %1%; jumlahnya mesti 100%.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="188"/>
        <source>Add at least one continuous assessment component.</source>
        <translation>Tambah sekurang-kurangnya satu komponen penilaian berterusan.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="189"/>
        <source>Add at least one final assessment component.</source>
        <translation>Tambah sekurang-kurangnya satu komponen penilaian akhir.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="211"/>
        <source>%1 is not assessed: tag a Table 4 assessment with it or name it in an assessment component.</source>
        <translation>%1 tidak dinilai: tandakan satu penilaian Jadual 4 dengannya atau namakannya dalam komponen penilaian.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="223"/>
        <source>CLO %1</source>
        <translation>HPK %1</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="227"/>
        <source>%1 has no statement.</source>
        <translation>%1 tiada pernyataan.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="230"/>
        <source>%1 should start with an action verb (e.g. explain, apply, design); &quot;%2&quot; is not in the verb list.</source>
        <translation>%1 sepatutnya bermula dengan kata kerja tindakan (cth. explain, apply, design); &quot;%2&quot; tiada dalam senarai kata kerja.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="240"/>
        <source>The market survey has %1 respondent(s); a stand-alone MC needs at least 30.</source>
        <translation>Tinjauan pasaran mempunyai %1 responden; MC berdiri sendiri memerlukan sekurang-kurangnya 30.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="251"/>
        <source>Substitute Blended Learning puts 30% to 79% of the learning time online; Table 4 has %1% online.</source>
        <translation>Pembelajaran Teradun Gantian meletakkan 30% hingga 79% masa pembelajaran dalam talian; Jadual 4 mempunyai %1% dalam talian.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="263"/>
        <source>The declared %1 credit(s) do not match Table 4: %2 h is %3 credit(s) at 40 h per credit.</source>
        <translation>%1 kredit yang diisytiharkan tidak sepadan dengan Jadual 4: %2 jam bersamaan %3 kredit pada 40 jam sekredit.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="275"/>
        <source>Table 4 totals %1 h; an MC needs at least 40 h of learning time (1 credit).</source>
        <translation>Jumlah Jadual 4 ialah %1 jam; MC memerlukan sekurang-kurangnya 40 jam masa pembelajaran (1 kredit).</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="288"/>
        <source>laboratory-intensive</source>
        <translation>intensif makmal</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="290"/>
        <source>clinical</source>
        <translation>klinikal</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="292"/>
        <source>practicum, internship or fieldwork</source>
        <translation>praktikum, latihan industri atau kerja lapangan</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="295"/>
        <source>The course is marked %1: such courses may not suit fully online delivery; consider blended or conventional delivery.</source>
        <translation>Kursus ini ditandakan %1: kursus sebegini mungkin tidak sesuai disampaikan sepenuhnya dalam talian; pertimbangkan penyampaian teradun atau konvensional.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="297"/>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="308"/>
        <source>Consult %1 and tell learners the professional status of this MC and its future recognition.</source>
        <translation>Berunding dengan %1 dan maklumkan kepada pelajar status profesional MC ini serta pengiktirafannya pada masa hadapan.</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="327"/>
        <source>Error</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="328"/>
        <source>Warning</source>
        <translation>Amaran</translation>
    </message>
    <message>
        <location filename="../models/domain/compliancerule.cpp" line="329"/>
        <source>Reminder</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../models/output/compliancereport.cpp" line="37"/>
        <source>%1: %2 error(s), %3 warning(s), %4 reminder(s)
</source>
        <translation>%1: %2 ralat, %3 amaran, %4 peringatan
</translation>
    </message>
</context>
<context>
    <name>mcs::ComplianceModel</name>
    <message>
        <location filename="../models/items/compliancemodel.cpp" line="88"/>
        <source>%1 (rule %2, guideline %3)</source>
        <translation>%1 (peraturan %2, garis panduan %3)</translation>
    </message>
    <message>
        <location filename="../models/items/compliancemodel.cpp" line="112"/>
        <source>Severity</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../models/items/compliancemodel.cpp" line="113"/>
        <source>Section</source>
        <translation>Seksyen</translation>
    </message>
    <message>
        <location filename="../models/items/compliancemodel.cpp" line="114"/>
        <source>Finding</source>
        <translation>Dapatan</translation>
    </message>
</context>
<context>
    <name>mcs::CompliancePanel</name>
    <message>
        <location filename="../forms/compliancepanel.cpp" line="42"/>
        <source>&lt;b&gt;Guideline checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Semakan garis panduan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../forms/compliancepanel.cpp" line="78"/>
        <source>The form meets every guideline check.</source>
        <translation>Borang memenuhi setiap semakan garis panduan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/compliancepanel.cpp" line="80"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ralat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/compliancepanel.cpp" line="81"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n amaran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/compliancepanel.cpp" line="82"/>
        <source>%n reminder(s)</source>
        <translation>
            <numerusform>%n peringatan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcs::ConnectServerDialog</name>
    <message>
        <location filename="../forms/connectserverdialog.ui" line="6"/>
        <source>Connect to Server</source>
        <translation>Sambung ke Pelayan</translation>
    </message>
    <message>
        <location filename="../forms/connectserverdialog.ui" line="10"/>
        <source>Sign in to the CFLEX office&apos;s shared PostgreSQL server with your own login. The password is kept only if you ask, and then only in the system keychain, never in MC Studio&apos;s settings.</source>
        <translation>Log masuk ke pelayan PostgreSQL kongsi pejabat CFLEX dengan log masuk anda sendiri. Kata laluan hanya disimpan jika anda minta, dan hanya dalam rantai kunci sistem, tidak sekali-kali dalam tetapan MC Studio.</translation>
    </message>
    <message>
        <location filename="../forms/connectserverdialog.ui" line="16"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hos:</translation>
    </message>
    <message>
        <location filename="../forms/connectserverdialog.ui" line="18"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../forms/connectserverdialog.ui" line="20"/>
        <source>&amp;User:</source>
        <translation>&amp;Pengguna:</translation>
    </message>
    <message>
        <location filename="../forms/connectserverdialog.ui" line="22"/>
        <source>&amp;Database:</source>
        <translation>Pangkalan &amp;data:</translation>
    </message>
    <message>
        <location filename="../forms/connectserverdialog.ui" line="24"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata laluan:</translation>
    </message>
    <message>
        <location filename="../forms/connectserverdialog.ui" line="26"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Ingat kata laluan dalam rantai kunci sistem</translation>
    </message>
    <message>
        <location filename="../forms/connectserverdialog.cpp" line="87"/>
        <source>Fill in host, user and database.</source>
        <translation>Isikan hos, pengguna dan pangkalan data.</translation>
    </message>
</context>
<context>
    <name>mcs::Course</name>
    <message>
        <location filename="../models/domain/course.cpp" line="12"/>
        <source>Open and distance learning (ODL)</source>
        <translation>Pembelajaran terbuka dan jarak jauh (ODL)</translation>
    </message>
    <message>
        <location filename="../models/domain/course.cpp" line="13"/>
        <source>Conventional</source>
        <translation>Konvensional</translation>
    </message>
    <message>
        <location filename="../models/domain/course.cpp" line="14"/>
        <source>Blended</source>
        <translation>Teradun</translation>
    </message>
    <message>
        <location filename="../models/domain/course.cpp" line="15"/>
        <source>Substitute blended learning (SBL)</source>
        <translation>Pembelajaran teradun gantian (SBL)</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="10"/>
        <source>Accredited-course MC</source>
        <translation>MC kursus terakreditasi</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="11"/>
        <source>Stand-alone MC</source>
        <translation>MC berdiri sendiri</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="12"/>
        <source>Stand-alone MC (QVC-verified)</source>
        <translation>MC berdiri sendiri (disahkan QVC)</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="17"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="18"/>
        <source>Submitted</source>
        <translation>Dihantar</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="19"/>
        <source>Endorsed by PTj</source>
        <translation>Disokong oleh PTj</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="20"/>
        <source>Under CFLEX review</source>
        <translation>Dalam semakan CFLEX</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="21"/>
        <source>Returned for revision</source>
        <translation>Dikembalikan untuk pindaan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="22"/>
        <source>Approved for development</source>
        <translation>Diluluskan untuk pembangunan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="23"/>
        <source>In development</source>
        <translation>Dalam pembangunan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="24"/>
        <source>Vetted by SME</source>
        <translation>Disemak oleh SME</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="25"/>
        <source>Presented to committees</source>
        <translation>Dibentangkan kepada jawatankuasa</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="26"/>
        <source>Senate approved</source>
        <translation>Diluluskan Senat</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="27"/>
        <source>Registered</source>
        <translation>Berdaftar</translation>
    </message>
    <message>
        <location filename="../models/domain/coursesummary.cpp" line="28"/>
        <source>Offered</source>
        <translation>Ditawarkan</translation>
    </message>
</context>
<context>
    <name>mcs::CourseCheckout</name>
    <message>
        <location filename="../models/storage/coursecheckout.cpp" line="67"/>
        <source>%1 holds no course with the code %2.</source>
        <translation>%1 tidak mengandungi kursus berkod %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/coursecheckout.cpp" line="119"/>
        <source>the check-out record of course %1 cannot be read: %2</source>
        <translation>rekod daftar keluar kursus %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/coursecheckout.cpp" line="137"/>
        <source>%1 was checked out from %2, not from %3.</source>
        <translation>%1 didaftar keluar dari %2, bukan dari %3.</translation>
    </message>
    <message>
        <location filename="../models/storage/coursecheckout.cpp" line="163"/>
        <source>Cannot check in %1: it was deleted on %2 since it was checked out.</source>
        <translation>Tidak dapat mendaftar masuk %1: kursus itu telah dipadam di %2 sejak didaftar keluar.</translation>
    </message>
    <message>
        <location filename="../models/storage/coursecheckout.cpp" line="196"/>
        <source>%1 was checked in, but the local file could not record it: %2</source>
        <translation>%1 telah didaftar masuk, tetapi fail setempat tidak dapat merekodkannya: %2</translation>
    </message>
</context>
<context>
    <name>mcs::CourseCommands</name>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="17"/>
        <source>lecturer</source>
        <translation>pensyarah</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="18"/>
        <source>learning outcome</source>
        <translation>hasil pembelajaran</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="19"/>
        <source>assessment component</source>
        <translation>komponen penilaian</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="41"/>
        <location filename="../models/items/coursecommands.cpp" line="97"/>
        <source>Edit %1</source>
        <translation>Sunting %1</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="69"/>
        <source>Add %1</source>
        <translation>Tambah %1</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="82"/>
        <source>Remove %1</source>
        <translation>Buang %1</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="122"/>
        <source>Move %1</source>
        <translation>Alih %1</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="138"/>
        <source>Edit activity</source>
        <translation>Sunting aktiviti</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="163"/>
        <source>Add activity</source>
        <translation>Tambah aktiviti</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="176"/>
        <source>Remove activity</source>
        <translation>Buang aktiviti</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="191"/>
        <source>Move activity</source>
        <translation>Alih aktiviti</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="214"/>
        <source>Add unit</source>
        <translation>Tambah unit</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="226"/>
        <source>Remove unit</source>
        <translation>Buang unit</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="241"/>
        <source>Edit unit</source>
        <translation>Sunting unit</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="277"/>
        <source>Edit milestone %1</source>
        <translation>Sunting tonggak %1</translation>
    </message>
    <message>
        <location filename="../models/items/coursecommands.cpp" line="300"/>
        <source>Use SLT rate table version %1</source>
        <translation>Guna jadual kadar MPP versi %1</translation>
    </message>
</context>
<context>
    <name>mcs::CourseDiff</name>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="46"/>
        <source>physical</source>
        <translation>fizikal</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="47"/>
        <source>online synchronous</source>
        <translation>dalam talian segerak</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="48"/>
        <source>online asynchronous</source>
        <translation>dalam talian tak segerak</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="56"/>
        <source>not assessed</source>
        <translation>tidak dinilai</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="57"/>
        <source>formative</source>
        <translation>formatif</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="58"/>
        <location filename="../models/domain/coursediff.cpp" line="66"/>
        <source>continuous</source>
        <translation>berterusan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="59"/>
        <location filename="../models/domain/coursediff.cpp" line="66"/>
        <source>final</source>
        <translation>akhir</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="90"/>
        <location filename="../models/domain/coursediff.cpp" line="104"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="106"/>
        <source>%1 min/unit</source>
        <translation>%1 min/unit</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="113"/>
        <source>Unit %1</source>
        <translation>Unit %1</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="113"/>
        <source>Unit %1 “%2”</source>
        <translation>Unit %1 “%2”</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="120"/>
        <source>activity %1: %2</source>
        <translation>aktiviti %1: %2</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="126"/>
        <source>planned %1 to %2</source>
        <translation>dirancang %1 hingga %2</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="127"/>
        <source>completed %1</source>
        <translation>selesai %1</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="133"/>
        <source>%1 (%2, %3 bytes)</source>
        <translation>%1 (%2, %3 bait)</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="146"/>
        <location filename="../models/domain/coursediff.cpp" line="158"/>
        <location filename="../models/domain/coursediff.cpp" line="309"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="146"/>
        <source>Staff ID</source>
        <translation>No. staf</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="147"/>
        <source>E-mail</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="147"/>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="152"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="152"/>
        <source>Statement</source>
        <translation>Penyata</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="153"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="153"/>
        <source>Level</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="158"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="159"/>
        <location filename="../models/domain/coursediff.cpp" line="170"/>
        <source>Weight (%)</source>
        <translation>Wajaran (%)</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="164"/>
        <location filename="../models/domain/coursediff.cpp" line="310"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="165"/>
        <source>Quantity</source>
        <translation>Kuantiti</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="166"/>
        <source>SLT rate (min/unit)</source>
        <translation>Kadar MPP (min/unit)</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="166"/>
        <source>midpoint</source>
        <translation>titik tengah</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="167"/>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="168"/>
        <source>CLOs</source>
        <translation>HPK</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="169"/>
        <location filename="../models/domain/coursediff.cpp" line="378"/>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="175"/>
        <source>Planned start</source>
        <translation>Tarikh mula dirancang</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="176"/>
        <source>Planned due</source>
        <translation>Tarikh akhir dirancang</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="177"/>
        <source>Completed on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="178"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="226"/>
        <source>SLT rate table version</source>
        <translation>Versi jadual kadar MPP</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="248"/>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="253"/>
        <source>Number</source>
        <translation>Nombor</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="257"/>
        <source>activity %1</source>
        <translation>aktiviti %1</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="281"/>
        <source>Milestone %1</source>
        <translation>Tonggak %1</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="296"/>
        <source>Market survey results file</source>
        <translation>Fail keputusan kaji selidik pasaran</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="311"/>
        <source>Content</source>
        <translation>Kandungan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="375"/>
        <source>Application form</source>
        <translation>Borang permohonan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="376"/>
        <source>Lecturers</source>
        <translation>Pensyarah</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="377"/>
        <source>Course learning outcomes</source>
        <translation>Hasil Pembelajaran Kursus</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="379"/>
        <source>Table 4</source>
        <translation>Jadual 4</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="380"/>
        <source>Development milestones</source>
        <translation>Tonggak pembangunan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="381"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="432"/>
        <source>Lecturer %1</source>
        <translation>Pensyarah %1</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="438"/>
        <source>CLO %1</source>
        <translation>HPK %1</translation>
    </message>
    <message>
        <location filename="../models/domain/coursediff.cpp" line="442"/>
        <source>Component %1</source>
        <translation>Komponen %1</translation>
    </message>
</context>
<context>
    <name>mcs::CourseDocument</name>
    <message>
        <location filename="../models/items/coursedocument.cpp" line="43"/>
        <source>New course</source>
        <translation>Kursus baharu</translation>
    </message>
</context>
<context>
    <name>mcs::CourseField</name>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="12"/>
        <source>MC code</source>
        <translation>Kod MC</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="13"/>
        <source>MC title</source>
        <translation>Tajuk MC</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="14"/>
        <source>Kind of MC</source>
        <translation>Jenis MC</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="15"/>
        <source>Original course code</source>
        <translation>Kod kursus asal</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="16"/>
        <source>Original course name</source>
        <translation>Nama kursus asal</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="17"/>
        <source>Faculty / PTj</source>
        <translation>Fakulti / PTj</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="18"/>
        <source>Course level (MQF)</source>
        <translation>Tahap kursus (MQF)</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="19"/>
        <source>Credit value</source>
        <translation>Nilai kredit</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="20"/>
        <source>Delivery mode</source>
        <translation>Mod penyampaian</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="21"/>
        <source>Language of instruction</source>
        <translation>Bahasa pengantar</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="22"/>
        <source>Study session</source>
        <translation>Sesi pengajian</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="23"/>
        <source>Offer period</source>
        <translation>Tempoh tawaran</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="24"/>
        <source>Fee (MYR)</source>
        <translation>Yuran (MYR)</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="25"/>
        <source>Entry requirements</source>
        <translation>Syarat kemasukan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="26"/>
        <source>Synopsis</source>
        <translation>Sinopsis</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="27"/>
        <source>Justification</source>
        <translation>Justifikasi</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="28"/>
        <source>Market survey respondents</source>
        <translation>Responden tinjauan pasaran</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="29"/>
        <source>Market survey analysis</source>
        <translation>Analisis tinjauan pasaran</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="30"/>
        <source>Learner commitment</source>
        <translation>Komitmen pelajar</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="31"/>
        <source>Promotion</source>
        <translation>Promosi</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="32"/>
        <source>Continuous improvement</source>
        <translation>Penambahbaikan berterusan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="33"/>
        <source>Quality assurance</source>
        <translation>Jaminan kualiti</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="34"/>
        <source>Approval status</source>
        <translation>Status kelulusan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="35"/>
        <source>Laboratory-intensive</source>
        <translation>Intensif makmal</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="36"/>
        <source>Clinical training</source>
        <translation>Latihan klinikal</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="37"/>
        <source>Practicum, internship or fieldwork</source>
        <translation>Praktikum, latihan industri atau kerja lapangan</translation>
    </message>
    <message>
        <location filename="../models/domain/coursefield.cpp" line="38"/>
        <source>Professional body</source>
        <translation>Badan profesional</translation>
    </message>
</context>
<context>
    <name>mcs::CourseListModel</name>
    <message>
        <location filename="../models/items/courselistmodel.cpp" line="65"/>
        <source>%1
%2
%3 · %4 · %5% developed</source>
        <translation>%1
%2
%3 · %4 · %5% dibangunkan</translation>
    </message>
</context>
<context>
    <name>mcs::CourseMerge</name>
    <message>
        <location filename="../models/domain/coursemerge.cpp" line="55"/>
        <source>Lecturers</source>
        <translation>Pensyarah</translation>
    </message>
    <message>
        <location filename="../models/domain/coursemerge.cpp" line="56"/>
        <source>Course learning outcomes</source>
        <translation>Hasil Pembelajaran Kursus</translation>
    </message>
    <message>
        <location filename="../models/domain/coursemerge.cpp" line="57"/>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../models/domain/coursemerge.cpp" line="59"/>
        <source>Table 4 – SLT rate table version</source>
        <translation>Jadual 4 – Versi jadual kadar MPP</translation>
    </message>
    <message>
        <location filename="../models/domain/coursemerge.cpp" line="71"/>
        <source>Milestone %1</source>
        <translation>Tonggak %1</translation>
    </message>
    <message>
        <location filename="../models/domain/coursemerge.cpp" line="88"/>
        <source>Market survey results file</source>
        <translation>Fail keputusan kaji selidik pasaran</translation>
    </message>
    <message>
        <location filename="../models/domain/coursemerge.cpp" line="91"/>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <location filename="../models/domain/table4merge.cpp" line="125"/>
        <source>Unit %1</source>
        <translation>Unit %1</translation>
    </message>
    <message>
        <location filename="../models/domain/table4merge.cpp" line="125"/>
        <source>Unit %1: %2</source>
        <translation>Unit %1: %2</translation>
    </message>
    <message>
        <location filename="../models/domain/table4merge.cpp" line="247"/>
        <source>Table 4 – Order of units</source>
        <translation>Jadual 4 – Susunan unit</translation>
    </message>
    <message>
        <location filename="../models/domain/table4merge.cpp" line="264"/>
        <source>Order of units</source>
        <translation>Susunan unit</translation>
    </message>
    <message>
        <location filename="../models/domain/table4merge.cpp" line="303"/>
        <source>Table 4 – %1</source>
        <translation>Jadual 4 – %1</translation>
    </message>
</context>
<context>
    <name>mcs::CourseNavigator</name>
    <message>
        <location filename="../forms/coursenavigator.ui" line="13"/>
        <source>Search code, title or faculty</source>
        <translation>Cari kod, tajuk atau fakulti</translation>
    </message>
    <message>
        <location filename="../forms/coursenavigator.ui" line="15"/>
        <source>Type any part of a course code, title or faculty; every word must match</source>
        <translation>Taip mana-mana bahagian kod, tajuk atau fakulti kursus; setiap perkataan mesti sepadan</translation>
    </message>
    <message>
        <location filename="../forms/coursenavigator.ui" line="24"/>
        <source>Show only courses at this step of the approval flow</source>
        <translation>Tunjukkan hanya kursus pada langkah aliran kelulusan ini</translation>
    </message>
    <message>
        <location filename="../forms/coursenavigator.ui" line="30"/>
        <source>Show only accredited-course or stand-alone MCs</source>
        <translation>Tunjukkan hanya MC kursus terakreditasi atau MC berdiri sendiri</translation>
    </message>
    <message>
        <location filename="../forms/coursenavigator.ui" line="36"/>
        <source>Show only the courses of one faculty or PTj</source>
        <translation>Tunjukkan hanya kursus satu fakulti atau PTj</translation>
    </message>
    <message>
        <location filename="../forms/coursenavigator.cpp" line="39"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location filename="../forms/coursenavigator.cpp" line="42"/>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location filename="../forms/coursenavigator.cpp" line="45"/>
        <source>All faculties</source>
        <translation>Semua fakulti</translation>
    </message>
    <message>
        <location filename="../forms/coursenavigator.cpp" line="107"/>
        <source>&lt;p&gt;&lt;b&gt;No database open&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use &lt;i&gt;File › Open Database&lt;/i&gt; to open a local file, or &lt;i&gt;File › New Database&lt;/i&gt; to start one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Tiada pangkalan data dibuka&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gunakan &lt;i&gt;Fail › Buka Pangkalan Data&lt;/i&gt; untuk membuka fail setempat, atau &lt;i&gt;Fail › Pangkalan Data Baharu&lt;/i&gt; untuk memulakan yang baharu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../forms/coursenavigator.cpp" line="110"/>
        <source>&lt;p&gt;&lt;b&gt;No courses yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Courses created in or imported into this database appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Belum ada kursus&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kursus yang dicipta atau diimport ke dalam pangkalan data ini dipaparkan di sini.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/coursenavigator.cpp" line="114"/>
        <source>&lt;p&gt;&lt;b&gt;No course matches the filters&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose “All” in the filters to see all %n course(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Tiada kursus sepadan dengan penapis&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pilih “Semua” dalam penapis untuk melihat kesemua %n kursus.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/coursenavigator.cpp" line="116"/>
        <source>&lt;p&gt;&lt;b&gt;No course matches “%1”&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Clear the search and the filters to see all %n course(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Tiada kursus sepadan dengan “%1”&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Kosongkan carian dan penapis untuk melihat kesemua %n kursus.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/coursenavigator.cpp" line="126"/>
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n kursus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/coursenavigator.cpp" line="127"/>
        <source>%1 of %n course(s)</source>
        <translation>
            <numerusform>%1 daripada %n kursus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcs::CourseRecordModel</name>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="83"/>
        <source>Continuous</source>
        <translation>Berterusan</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="83"/>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="163"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="163"/>
        <source>Staff ID</source>
        <translation>No. staf</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="163"/>
        <source>E-mail</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="163"/>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="167"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="167"/>
        <source>Learning outcome</source>
        <translation>Hasil pembelajaran</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="167"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="167"/>
        <source>Level</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="171"/>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="171"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="171"/>
        <source>Weight (%)</source>
        <translation>Wajaran (%)</translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="196"/>
        <source>Add row</source>
        <translation>Tambah baris</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/courserecordmodel.cpp" line="196"/>
        <source>Add %n row(s)</source>
        <translation>
            <numerusform>Tambah %n baris</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/courserecordmodel.cpp" line="207"/>
        <source>Remove row</source>
        <translation>Buang baris</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/courserecordmodel.cpp" line="207"/>
        <source>Remove %n row(s)</source>
        <translation>
            <numerusform>Buang %n baris</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcs::CourseRepository</name>
    <message>
        <location filename="../models/storage/courserepository.cpp" line="208"/>
        <source>there is no course with id %1</source>
        <translation>tiada kursus dengan id %1</translation>
    </message>
    <message>
        <location filename="../models/storage/courserepository.cpp" line="357"/>
        <source>Cannot %1 %2: someone else deleted this course since you opened it.</source>
        <translation>Tidak dapat %1 %2: orang lain telah memadam kursus ini sejak anda membukanya.</translation>
    </message>
    <message>
        <location filename="../models/storage/courserepository.cpp" line="363"/>
        <source>Cannot %1 %2: the server does not let you change this course (only its team may, and only while it is a draft, returned for revision or in development). Nothing was changed.</source>
        <translation>Tidak dapat %1 %2: pelayan tidak membenarkan anda mengubah kursus ini (hanya pasukannya boleh, dan hanya semasa ia draf, dikembalikan untuk pindaan atau dalam pembangunan). Tiada apa-apa diubah.</translation>
    </message>
    <message>
        <location filename="../models/storage/courserepository.cpp" line="372"/>
        <source>Cannot %1 %2: %3 changed it on %4 since you opened it (your copy is version %5, the stored one %6). Nothing was overwritten; reload the course or compare the two copies.</source>
        <translation>Tidak dapat %1 %2: %3 telah mengubahnya pada %4 sejak anda membukanya (salinan anda versi %5, yang tersimpan versi %6). Tiada apa-apa yang ditulis ganti; muat semula kursus atau bandingkan kedua-dua salinan.</translation>
    </message>
    <message>
        <location filename="../models/storage/courserepository.cpp" line="374"/>
        <source>someone else</source>
        <translation>orang lain</translation>
    </message>
    <message>
        <location filename="../models/storage/courserepository.cpp" line="395"/>
        <source>Cannot save %1: another course already has the code %2.</source>
        <translation>Tidak dapat menyimpan %1: kursus lain sudah menggunakan kod %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/courserepository.cpp" line="438"/>
        <source>save</source>
        <translation>menyimpan</translation>
    </message>
    <message>
        <location filename="../models/storage/courserepository.cpp" line="457"/>
        <source>Cannot save %1: the server does not let you change its milestones (CFLEX tracks them once the proposal is approved; milestone %2). Nothing was saved.</source>
        <translation>Tidak dapat menyimpan %1: pelayan tidak membenarkan anda mengubah tonggaknya (CFLEX menjejakinya sebaik sahaja cadangan diluluskan; tonggak %2). Tiada apa-apa disimpan.</translation>
    </message>
    <message>
        <location filename="../models/storage/courserepository.cpp" line="609"/>
        <source>delete</source>
        <translation>memadam</translation>
    </message>
</context>
<context>
    <name>mcs::CourseRestore</name>
    <message>
        <location filename="../models/items/courserestore.cpp" line="29"/>
        <source>Restore recovered edits</source>
        <translation>Pulihkan suntingan yang diselamatkan</translation>
    </message>
</context>
<context>
    <name>mcs::CourseTab</name>
    <message>
        <location filename="../forms/coursetab.cpp" line="73"/>
        <source>Application form</source>
        <translation>Borang permohonan</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="75"/>
        <source>Table 4 and SLT</source>
        <translation>Jadual 4 dan MPP</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="76"/>
        <source>Workflow</source>
        <translation>Aliran kerja</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="83"/>
        <source>History</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="157"/>
        <location filename="../forms/coursetab.cpp" line="187"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="158"/>
        <source>%1 cannot be saved: the database it was opened from is no longer open. Your edits are kept in this tab.</source>
        <translation>%1 tidak dapat disimpan: pangkalan data asalnya tidak lagi dibuka. Suntingan anda disimpan dalam tab ini.</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="172"/>
        <source>%1 was changed by someone else since you opened it. Your edits are kept in this tab; copy what you need, close the tab and open the course again.</source>
        <translation>%1 telah diubah oleh orang lain sejak anda membukanya. Suntingan anda disimpan dalam tab ini; salin apa yang anda perlukan, tutup tab dan buka kursus itu semula.</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="177"/>
        <source>%1 was deleted by someone else. Your edits are kept in this tab.</source>
        <translation>%1 telah dipadam oleh orang lain. Suntingan anda disimpan dalam tab ini.</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="180"/>
        <source>%1 cannot be saved: another course already uses the code %2.</source>
        <translation>%1 tidak dapat disimpan: kursus lain sudah menggunakan kod %2.</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="184"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="200"/>
        <source>Save Version</source>
        <translation>Simpan Versi</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="200"/>
        <source>%1: the version could not be kept: %2</source>
        <translation>%1: versi tidak dapat disimpan: %2</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="232"/>
        <source>Close Course</source>
        <translation>Tutup Kursus</translation>
    </message>
    <message>
        <location filename="../forms/coursetab.cpp" line="232"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 mempunyai perubahan yang belum disimpan. Simpan perubahan itu?</translation>
    </message>
</context>
<context>
    <name>mcs::CourseVersionModel</name>
    <message>
        <location filename="../models/items/courseversionmodel.cpp" line="47"/>
        <source>Current</source>
        <translation>Semasa</translation>
    </message>
    <message>
        <location filename="../models/items/courseversionmodel.cpp" line="48"/>
        <source>What the tab holds now, saved or not</source>
        <translation>Kandungan tab sekarang, sama ada disimpan atau tidak</translation>
    </message>
    <message>
        <location filename="../models/items/courseversionmodel.cpp" line="66"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location filename="../models/items/courseversionmodel.cpp" line="67"/>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <location filename="../models/items/courseversionmodel.cpp" line="68"/>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <location filename="../models/items/courseversionmodel.cpp" line="69"/>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <location filename="../models/items/courseversionmodel.cpp" line="78"/>
        <source>Current edit</source>
        <translation>Suntingan semasa</translation>
    </message>
    <message>
        <location filename="../models/items/courseversionmodel.cpp" line="79"/>
        <source>Version %1 — %2, %3</source>
        <translation>Versi %1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>mcs::CourseVersionRepository</name>
    <message>
        <location filename="../models/storage/courseversionrepository.cpp" line="29"/>
        <source>Submitted</source>
        <translation>Dihantar</translation>
    </message>
    <message>
        <location filename="../models/storage/courseversionrepository.cpp" line="31"/>
        <source>Saved version</source>
        <translation>Versi disimpan</translation>
    </message>
    <message>
        <location filename="../models/storage/courseversionrepository.cpp" line="33"/>
        <source>Checked in</source>
        <translation>Didaftar masuk</translation>
    </message>
    <message>
        <location filename="../models/storage/courseversionrepository.cpp" line="48"/>
        <source>Cannot keep a version of %1: it has never been saved.</source>
        <translation>Tidak dapat menyimpan versi %1: kursus itu belum pernah disimpan.</translation>
    </message>
    <message>
        <location filename="../models/storage/courseversionrepository.cpp" line="125"/>
        <source>there is no course version with id %1</source>
        <translation>tiada versi kursus dengan id %1</translation>
    </message>
    <message>
        <location filename="../models/storage/courseversionrepository.cpp" line="132"/>
        <source>version %1 cannot be read: %2</source>
        <translation>versi %1 tidak dapat dibaca: %2</translation>
    </message>
</context>
<context>
    <name>mcs::CourseWorkflow</name>
    <message>
        <location filename="../models/items/courseworkflow.cpp" line="77"/>
        <source>Save the course first: the workflow starts from a stored draft.</source>
        <translation>Simpan kursus dahulu: aliran kerja bermula daripada draf yang tersimpan.</translation>
    </message>
    <message>
        <location filename="../models/items/courseworkflow.cpp" line="79"/>
        <source>Save your edits first: a step is taken on the stored course.</source>
        <translation>Simpan suntingan anda dahulu: langkah diambil pada kursus yang tersimpan.</translation>
    </message>
    <message>
        <location filename="../models/items/courseworkflow.cpp" line="89"/>
        <location filename="../models/items/courseworkflow.cpp" line="121"/>
        <source>The database this course was opened from is no longer open.</source>
        <translation>Pangkalan data asal kursus ini tidak lagi dibuka.</translation>
    </message>
    <message>
        <location filename="../models/items/courseworkflow.cpp" line="123"/>
        <source>Name the SME&apos;s login.</source>
        <translation>Namakan log masuk SME.</translation>
    </message>
</context>
<context>
    <name>mcs::Csv</name>
    <message>
        <location filename="../models/domain/csvrecords.cpp" line="37"/>
        <source>a quoted field is not closed</source>
        <translation>medan berpetikan tidak ditutup</translation>
    </message>
    <message>
        <location filename="../models/domain/csvrecords.cpp" line="54"/>
        <source>text follows the closing quote of a field</source>
        <translation>ada teks selepas petikan penutup medan</translation>
    </message>
</context>
<context>
    <name>mcs::DashboardView</name>
    <message>
        <location filename="../forms/dashboardview.cpp" line="41"/>
        <source>Courses shown in the portfolio. Overdue: a milestone not yet completed is past its planned end date; on time: none is; complete: every milestone (up to Senate approval) is done.</source>
        <translation>Kursus yang dipaparkan dalam portfolio. Lewat: tonggak yang belum selesai telah melepasi tarikh tamat rancangannya; menepati jadual: tiada yang begitu; selesai: setiap tonggak (hingga kelulusan Senat) telah siap.</translation>
    </message>
    <message>
        <location filename="../forms/dashboardview.cpp" line="44"/>
        <source>Number of courses at each development milestone (Table 3): the milestone each course is working on; the last bar counts the courses with every milestone completed</source>
        <translation>Bilangan kursus pada setiap tonggak pembangunan (Jadual 3): tonggak yang sedang diusahakan oleh setiap kursus; bar terakhir mengira kursus yang telah menyelesaikan setiap tonggak</translation>
    </message>
    <message>
        <location filename="../forms/dashboardview.cpp" line="46"/>
        <source>Courses still in development that are on time or overdue, and courses with every milestone completed</source>
        <translation>Kursus yang masih dalam pembangunan yang menepati jadual atau lewat, dan kursus yang telah menyelesaikan setiap tonggak</translation>
    </message>
    <message>
        <location filename="../forms/dashboardview.cpp" line="48"/>
        <source>Courses whose Senate approval (milestone 8) is forecast in each month, from the planned durations after the current delay</source>
        <translation>Kursus yang kelulusan Senatnya (tonggak 8) diramalkan pada setiap bulan, berdasarkan tempoh rancangan selepas kelewatan semasa</translation>
    </message>
    <message>
        <location filename="../forms/dashboardview.cpp" line="50"/>
        <source>Mean cumulative progress (the Table 3 percentage of the last completed milestone) of the courses of each faculty or PTj</source>
        <translation>Purata kemajuan kumulatif (peratusan Jadual 3 bagi tonggak terakhir yang selesai) kursus setiap fakulti atau PTj</translation>
    </message>
    <message>
        <location filename="../forms/dashboardview.cpp" line="90"/>
        <source>%1 courses: %2 on time, %3 overdue, %4 complete</source>
        <translation>%1 kursus: %2 menepati jadual, %3 lewat, %4 selesai</translation>
    </message>
</context>
<context>
    <name>mcs::Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="32"/>
        <source>unknown database error</source>
        <translation>ralat pangkalan data yang tidak diketahui</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="95"/>
        <source>%1 is not an MC Studio database (it is not an SQLite file); it was left unchanged</source>
        <translation>%1 bukan pangkalan data MC Studio (ia bukan fail SQLite); ia dibiarkan tanpa perubahan</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="99"/>
        <source>%1 is an SQLite database of another program, not an MC Studio database; it was left unchanged</source>
        <translation>%1 ialah pangkalan data SQLite program lain, bukan pangkalan data MC Studio; ia dibiarkan tanpa perubahan</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="104"/>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat mencipta folder %1</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="130"/>
        <location filename="../models/storage/database.cpp" line="215"/>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="134"/>
        <source>%1 was written by a newer version of MC Studio (schema version %2; this version reads up to %3); it was left unchanged. Update MC Studio to open it.</source>
        <translation>%1 ditulis oleh versi MC Studio yang lebih baharu (versi skema %2; versi ini membaca hingga %3); ia dibiarkan tanpa perubahan. Kemas kini MC Studio untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="149"/>
        <location filename="../models/storage/database.cpp" line="158"/>
        <source>cannot open %1: %2</source>
        <translation>tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="173"/>
        <source>cannot write the backup copy %1 before migrating: %2</source>
        <translation>tidak dapat menulis salinan sandaran %1 sebelum migrasi: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="204"/>
        <source>cannot connect to %1: %2</source>
        <translation>tidak dapat menyambung ke %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="219"/>
        <source>the database %1 holds tables of another program, not an MC Studio database; it was left unchanged</source>
        <translation>pangkalan data %1 mengandungi jadual program lain, bukan pangkalan data MC Studio; ia dibiarkan tanpa perubahan</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="225"/>
        <source>the database %1 was written by a newer version of MC Studio (schema version %2; this version reads up to %3); it was left unchanged. Update MC Studio to use it.</source>
        <translation>pangkalan data %1 ditulis oleh versi MC Studio yang lebih baharu (versi skema %2; versi ini membaca hingga %3); ia dibiarkan tanpa perubahan. Kemas kini MC Studio untuk menggunakannya.</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="235"/>
        <source>cannot prepare %1: %2</source>
        <translation>tidak dapat menyediakan %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="247"/>
        <source>Local file: %1</source>
        <translation>Fail setempat: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="248"/>
        <source>Server: %1</source>
        <translation>Pelayan: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/database.cpp" line="320"/>
        <source>%1; nothing was saved</source>
        <translation>%1; tiada apa-apa disimpan</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="260"/>
        <source>cannot start the schema migration: %1</source>
        <translation>tidak dapat memulakan migrasi skema: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="278"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation>migrasi ke versi skema %1 gagal: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="284"/>
        <source>cannot record schema version %1: %2</source>
        <translation>tidak dapat merekod versi skema %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/schema.cpp" line="288"/>
        <source>cannot commit the schema migration: %1</source>
        <translation>tidak dapat melaksanakan migrasi skema: %1</translation>
    </message>
</context>
<context>
    <name>mcs::DemoPortfolio</name>
    <message>
        <location filename="../models/storage/demoportfolio.cpp" line="611"/>
        <source>%1 already holds %2 course(s); the demo portfolio is written only into a new or empty database</source>
        <translation>%1 sudah mengandungi %2 kursus; portfolio demo hanya ditulis ke dalam pangkalan data baharu atau kosong</translation>
    </message>
</context>
<context>
    <name>mcs::GanttModel</name>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="135"/>
        <source>(no faculty)</source>
        <translation>(tiada fakulti)</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="302"/>
        <source>Course / milestone</source>
        <translation>Kursus / tonggak</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="303"/>
        <source>Due</source>
        <translation>Tarikh akhir</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="304"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="339"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="380"/>
        <source>Progress: %1%</source>
        <translation>Kemajuan: %1%</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="383"/>
        <source>Current: %1. %2, due %3</source>
        <translation>Semasa: %1. %2, perlu siap %3</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="387"/>
        <location filename="../models/items/ganttmodel.cpp" line="468"/>
        <source>Overdue</source>
        <translation>Lewat</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="388"/>
        <source>Forecast completion: %1</source>
        <translation>Ramalan siap: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="390"/>
        <location filename="../models/items/ganttmodel.cpp" line="463"/>
        <source>Completed: %1</source>
        <translation>Selesai: %1</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="450"/>
        <source>done %1</source>
        <translation>siap %1</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="451"/>
        <source>overdue</source>
        <translation>lewat</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="461"/>
        <source>Planned: %1 to %2</source>
        <translation>Dirancang: %1 hingga %2</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="466"/>
        <source>Forecast: %1 to %2</source>
        <translation>Ramalan: %1 hingga %2</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="515"/>
        <source>Change planned dates of milestone %1</source>
        <translation>Ubah tarikh rancangan tonggak %1</translation>
    </message>
    <message>
        <location filename="../models/items/ganttmodel.cpp" line="529"/>
        <source>Move %1 milestone %2</source>
        <translation>Alih tonggak %2 bagi %1</translation>
    </message>
</context>
<context>
    <name>mcs::GanttScale</name>
    <message>
        <location filename="../forms/ganttscale.cpp" line="58"/>
        <source>Q%1</source>
        <translation>S%1</translation>
    </message>
</context>
<context>
    <name>mcs::GanttSheet</name>
    <message>
        <location filename="../forms/ganttsheet.cpp" line="49"/>
        <source>Course / milestone</source>
        <translation>Kursus / tonggak</translation>
    </message>
    <message>
        <location filename="../forms/ganttsheet.cpp" line="111"/>
        <source>MC Studio development plan · %1 to %2 · page %3 of %4</source>
        <translation>Pelan pembangunan MC Studio · %1 hingga %2 · halaman %3 daripada %4</translation>
    </message>
    <message>
        <location filename="../forms/ganttsheet.cpp" line="125"/>
        <source>The chart is too large for one picture; export a PDF or collapse rows.</source>
        <translation>Carta terlalu besar untuk satu gambar; eksport PDF atau runtuhkan baris.</translation>
    </message>
    <message>
        <location filename="../forms/ganttsheet.cpp" line="130"/>
        <location filename="../forms/ganttsheet.cpp" line="148"/>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <location filename="../forms/ganttsheet.cpp" line="143"/>
        <source>Development plan</source>
        <translation>Pelan pembangunan</translation>
    </message>
</context>
<context>
    <name>mcs::GanttTimeline</name>
    <message>
        <location filename="../forms/gantttimeline.cpp" line="96"/>
        <source>%1 to %2</source>
        <translation>%1 hingga %2</translation>
    </message>
</context>
<context>
    <name>mcs::GanttView</name>
    <message>
        <location filename="../forms/ganttview.cpp" line="139"/>
        <source>Weeks</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="140"/>
        <source>Months</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="141"/>
        <source>Quarters</source>
        <translation>Suku tahun</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="143"/>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zum:</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="145"/>
        <source>Nothing</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="146"/>
        <source>Faculty</source>
        <translation>Fakulti</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="147"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="148"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="149"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Kumpul mengikut:</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="151"/>
        <source>&amp;Faculty:</source>
        <translation>&amp;Fakulti:</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="153"/>
        <location filename="../forms/ganttview.cpp" line="158"/>
        <location filename="../forms/ganttview.cpp" line="264"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="156"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="161"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="172"/>
        <source>planned</source>
        <translation>dirancang</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="173"/>
        <source>done</source>
        <translation>siap</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="174"/>
        <source>actual</source>
        <translation>sebenar</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="175"/>
        <source>forecast</source>
        <translation>ramalan</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="176"/>
        <source>overdue</source>
        <translation>lewat</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="177"/>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="184"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="187"/>
        <source>As PNG picture…</source>
        <translation>Sebagai gambar PNG…</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="188"/>
        <location filename="../forms/ganttview.cpp" line="191"/>
        <location filename="../forms/ganttview.cpp" line="194"/>
        <location filename="../forms/ganttview.cpp" line="197"/>
        <source>Export Gantt chart</source>
        <translation>Eksport carta Gantt</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="188"/>
        <source>PNG pictures (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="193"/>
        <source>As PDF, tiled over pages…</source>
        <translation>Sebagai PDF, dijubin merentas halaman…</translation>
    </message>
    <message>
        <location filename="../forms/ganttview.cpp" line="194"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>mcs::HistoryPage</name>
    <message>
        <location filename="../forms/historypage.cpp" line="32"/>
        <source>Save Version</source>
        <translation>Simpan Versi</translation>
    </message>
    <message>
        <location filename="../forms/historypage.cpp" line="39"/>
        <source>Compare</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location filename="../forms/historypage.cpp" line="41"/>
        <source>with</source>
        <translation>dengan</translation>
    </message>
    <message>
        <location filename="../forms/historypage.cpp" line="44"/>
        <source>Save the course and keep this state as a version to compare with later</source>
        <translation>Simpan kursus dan kekalkan keadaan ini sebagai versi untuk dibandingkan kemudian</translation>
    </message>
    <message>
        <location filename="../forms/historypage.cpp" line="53"/>
        <source>Pick a version to compare with the right-hand choice above</source>
        <translation>Pilih versi untuk dibandingkan dengan pilihan sebelah kanan di atas</translation>
    </message>
    <message>
        <location filename="../forms/historypage.cpp" line="107"/>
        <source>The versions could not be read: %1</source>
        <translation>Versi tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../forms/historypage.cpp" line="153"/>
        <source>Versions kept: %1. A version is taken on every submission, on check-in and with Save Version.</source>
        <translation>Versi disimpan: %1. Satu versi diambil pada setiap penyerahan, semasa daftar masuk dan dengan Simpan Versi.</translation>
    </message>
    <message>
        <location filename="../forms/historypage.cpp" line="155"/>
        <source>No versions yet: one is taken on every submission, on check-in and with Save Version.</source>
        <translation>Belum ada versi: satu versi diambil pada setiap penyerahan, semasa daftar masuk dan dengan Simpan Versi.</translation>
    </message>
</context>
<context>
    <name>mcs::IssuerRepository</name>
    <message>
        <location filename="../models/storage/issuerrepository.cpp" line="75"/>
        <source>cannot create the issuer&apos;s signing key</source>
        <translation>tidak dapat mencipta kunci tandatangan pengeluar</translation>
    </message>
    <message>
        <location filename="../models/storage/issuerrepository.cpp" line="93"/>
        <source>the issuer&apos;s signing key could not be stored</source>
        <translation>kunci tandatangan pengeluar tidak dapat disimpan</translation>
    </message>
</context>
<context>
    <name>mcs::IssuerSettings</name>
    <message>
        <location filename="../models/domain/issuersettings.cpp" line="85"/>
        <source>the institution&apos;s name is printed on every statement; it cannot be empty</source>
        <translation>nama institusi dicetak pada setiap penyata; ia tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../models/domain/issuersettings.cpp" line="88"/>
        <source>write the institution&apos;s web address, starting with https://</source>
        <translation>tulis alamat web institusi, bermula dengan https://</translation>
    </message>
    <message>
        <location filename="../models/domain/issuersettings.cpp" line="90"/>
        <source>write one e-mail address, such as cflex@unimas.my</source>
        <translation>tulis satu alamat e-mel, seperti cflex@unimas.my</translation>
    </message>
    <message>
        <location filename="../models/domain/issuersettings.cpp" line="92"/>
        <source>a statement names whom to contact to verify it; this cannot be empty</source>
        <translation>penyata menamakan pihak yang dihubungi untuk mengesahkannya; ini tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../models/domain/issuersettings.cpp" line="94"/>
        <source>the statement is signed in this name; it cannot be empty</source>
        <translation>penyata ditandatangani atas nama ini; ia tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../models/domain/issuersettings.cpp" line="98"/>
        <source>write a web address starting with https://, without ? or #: the QR code adds the signed token to it</source>
        <translation>tulis alamat web bermula dengan https://, tanpa ? atau #: kod QR menambah token bertandatangan kepadanya</translation>
    </message>
</context>
<context>
    <name>mcs::IssuerSettingsDialog</name>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="6"/>
        <location filename="../forms/issuersettingsdialog.cpp" line="81"/>
        <location filename="../forms/issuersettingsdialog.cpp" line="215"/>
        <location filename="../forms/issuersettingsdialog.cpp" line="260"/>
        <source>Issuer Settings</source>
        <translation>Tetapan Pengeluar</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="10"/>
        <source>What every statement and digital badge says about the issuing institution, and how serial numbers are formed. Every officer issues with these values.</source>
        <translation>Apa yang dinyatakan oleh setiap penyata dan lencana digital tentang institusi pengeluar, dan cara no. siri dibentuk. Setiap pegawai mengeluarkan dengan nilai ini.</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="16"/>
        <source>Awarding institution</source>
        <translation>Institusi penganugerah</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="18"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="20"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="21"/>
        <source>Printed after the name, e.g. &quot;Public university, self-accrediting&quot;</source>
        <translation>Dicetak selepas nama, cth. &quot;Universiti awam, swaakreditasi&quot;</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="22"/>
        <source>&amp;Web site:</source>
        <translation>Laman &amp;web:</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="23"/>
        <source>Identifies the issuer in every digital badge</source>
        <translation>Mengenal pasti pengeluar dalam setiap lencana digital</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="24"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mel:</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="26"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="30"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Pilih…</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="30"/>
        <source>An image printed at the top of every statement</source>
        <translation>Imej yang dicetak di bahagian atas setiap penyata</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="31"/>
        <source>Re&amp;move</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="40"/>
        <source>On every statement</source>
        <translation>Pada setiap penyata</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="42"/>
        <source>Si&amp;gnatory:</source>
        <translation>Penan&amp;datangan:</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="44"/>
        <source>Signatory&apos;s t&amp;itle:</source>
        <translation>&amp;Jawatan penandatangan:</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="46"/>
        <source>Verification &amp;contact:</source>
        <translation>&amp;Hubungi untuk pengesahan:</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="47"/>
        <source>Whom to contact to verify a statement (Appendix 1)</source>
        <translation>Pihak yang dihubungi untuk mengesahkan penyata (Lampiran 1)</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="48"/>
        <source>&amp;Verification address:</source>
        <translation>&amp;Alamat pengesahan:</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="49"/>
        <source>The QR code of a statement opens this address followed by the statement&apos;s signed token</source>
        <translation>Kod QR penyata membuka alamat ini diikuti token bertandatangan penyata itu</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="50"/>
        <source>Serial &amp;pattern:</source>
        <translation>&amp;Corak no. siri:</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="51"/>
        <source>{year} is the year of issue; {seq:6} the institution&apos;s running number with 6 digits. It must hold {seq}.</source>
        <translation>{year} ialah tahun pengeluaran; {seq:6} nombor berjujukan institusi dengan 6 digit. Ia mesti mengandungi {seq}.</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="53"/>
        <source>Print the learner&apos;s f&amp;ull NRIC or passport number (otherwise masked)</source>
        <translation>Cetak No. Kad Pengenalan atau nombor pasport pelajar secara pen&amp;uh (jika tidak, bertopeng)</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="59"/>
        <source>Signing key</source>
        <translation>Kunci tandatangan</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="61"/>
        <source>&amp;Key ID (fingerprint):</source>
        <translation>&amp;ID kunci (cap jari):</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="62"/>
        <source>The SHA-256 thumbprint of the public key (RFC 7638), the &quot;kid&quot; of every signed statement</source>
        <translation>Cap ibu jari SHA-256 kunci awam (RFC 7638), &quot;kid&quot; setiap penyata bertandatangan</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.ui" line="63"/>
        <source>Created:</source>
        <translation>Dicipta:</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.cpp" line="55"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.cpp" line="56"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.cpp" line="108"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.cpp" line="109"/>
        <source>The key pair is made when the first statement is issued.</source>
        <translation>Pasangan kunci dibuat apabila penyata pertama dikeluarkan.</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.cpp" line="187"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.cpp" line="215"/>
        <source>The settings could not be saved: %1</source>
        <translation>Tetapan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.cpp" line="233"/>
        <source>The 123rd statement of %1 gets %2</source>
        <translation>Penyata ke-123 bagi %1 menerima no. siri %2</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.cpp" line="243"/>
        <source>no logo</source>
        <translation>tiada logo</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.cpp" line="253"/>
        <source>Choose the Institution&apos;s Logo</source>
        <translation>Pilih Logo Institusi</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.cpp" line="254"/>
        <source>Images (*.png *.jpg *.jpeg *.svg);;All files (*)</source>
        <translation>Imej (*.png *.jpg *.jpeg *.svg);;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../forms/issuersettingsdialog.cpp" line="261"/>
        <source>%1 is not an image MC Studio can read: %2</source>
        <translation>%1 bukan imej yang boleh dibaca oleh MC Studio: %2</translation>
    </message>
</context>
<context>
    <name>mcs::Jws</name>
    <message>
        <location filename="../models/output/jws.cpp" line="75"/>
        <source>malformed token: a signed statement token has three parts separated by dots</source>
        <translation>token cacat: token penyata bertandatangan mempunyai tiga bahagian yang dipisahkan oleh titik</translation>
    </message>
    <message>
        <location filename="../models/output/jws.cpp" line="79"/>
        <source>malformed token: the header is not readable (the token may be cut short or altered)</source>
        <translation>token cacat: pengepala tidak boleh dibaca (token mungkin terpotong atau diubah)</translation>
    </message>
    <message>
        <location filename="../models/output/jws.cpp" line="83"/>
        <source>malformed token: the statement data is not readable (the token may be cut short or altered)</source>
        <translation>token cacat: data penyata tidak boleh dibaca (token mungkin terpotong atau diubah)</translation>
    </message>
    <message>
        <location filename="../models/output/jws.cpp" line="87"/>
        <source>unsupported signature algorithm &apos;%1&apos; (statements are signed with EdDSA)</source>
        <translation>algoritma tandatangan &apos;%1&apos; tidak disokong (penyata ditandatangani dengan EdDSA)</translation>
    </message>
    <message>
        <location filename="../models/output/jws.cpp" line="93"/>
        <source>malformed token: the signature is damaged or cut short</source>
        <translation>token cacat: tandatangan rosak atau terpotong</translation>
    </message>
    <message>
        <location filename="../models/output/jws.cpp" line="99"/>
        <source>unknown key &apos;%1&apos;: this statement was not signed with a key known here</source>
        <translation>kunci &apos;%1&apos; tidak dikenali: penyata ini tidak ditandatangani dengan kunci yang dikenali di sini</translation>
    </message>
    <message>
        <location filename="../models/output/jws.cpp" line="104"/>
        <source>bad signature: the statement has been altered or was not issued with this key</source>
        <translation>tandatangan tidak sah: penyata telah diubah atau tidak dikeluarkan dengan kunci ini</translation>
    </message>
</context>
<context>
    <name>mcs::MainWindow</name>
    <message>
        <location filename="../forms/mainwindow.ui" line="6"/>
        <location filename="../forms/mainwindow.cpp" line="318"/>
        <source>MC Studio</source>
        <translation>MC Studio</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="34"/>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="36"/>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;Terkini</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="40"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="43"/>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="46"/>
        <source>&amp;Tools</source>
        <translation>&amp;Alatan</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="48"/>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="52"/>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="62"/>
        <source>Courses</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="49"/>
        <source>MC Studio databases (*.mcs *.sqlite *.db);;All files (*)</source>
        <translation>Pangkalan data MC Studio (*.mcs *.sqlite *.db);;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="65"/>
        <source>Show or hide the course list</source>
        <translation>Tunjuk atau sembunyikan senarai kursus</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="233"/>
        <location filename="../forms/mainwindow.cpp" line="237"/>
        <source>Export Proposal as PDF</source>
        <translation>Eksport Cadangan sebagai PDF</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="235"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="237"/>
        <source>%1 could not be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="263"/>
        <source>Open Course</source>
        <translation>Buka Kursus</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="288"/>
        <source>Unsaved edits of %1 from %2 were kept after MC Studio last closed unexpectedly. Restore them?</source>
        <translation>Suntingan %1 yang belum disimpan dari %2 telah diselamatkan selepas MC Studio tertutup secara tidak dijangka. Pulihkan suntingan itu?</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="291"/>
        <source>The course has been saved by someone since; saving the restored edits will replace that.</source>
        <translation>Kursus ini telah disimpan oleh seseorang sejak itu; menyimpan suntingan yang dipulihkan akan menggantikannya.</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="292"/>
        <source>Recover Edits</source>
        <translation>Pulihkan Suntingan</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="318"/>
        <source>%1 — MC Studio</source>
        <translation>%1 — MC Studio</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="331"/>
        <source>&lt;h2&gt;MC Studio&lt;/h2&gt;&lt;p&gt;Draft micro-credential proposals, lay out Table 4 with a live SLT calculator,&lt;br&gt;follow every course&apos;s development milestones and issue learners&apos; statements.&lt;/p&gt;&lt;p&gt;Open a course from the &lt;b&gt;Courses&lt;/b&gt; list on the left (&lt;b&gt;Ctrl+F&lt;/b&gt; searches it).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;MC Studio&lt;/h2&gt;&lt;p&gt;Rangka cadangan mikro-kredensial, susun Jadual 4 dengan kalkulator MPP langsung,&lt;br&gt;ikuti tonggak pembangunan setiap kursus dan keluarkan penyata pelajar.&lt;/p&gt;&lt;p&gt;Buka kursus daripada senarai &lt;b&gt;Kursus&lt;/b&gt; di sebelah kiri (&lt;b&gt;Ctrl+F&lt;/b&gt; mencarinya).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="347"/>
        <source>No recent databases</source>
        <translation>Tiada pangkalan data terkini</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="352"/>
        <location filename="../forms/mainwindow.cpp" line="357"/>
        <source>New Database</source>
        <translation>Pangkalan Data Baharu</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="358"/>
        <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>%1 sudah wujud. Pilih nama lain, atau bukanya dengan Fail › Buka Pangkalan Data.</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="367"/>
        <location filename="../forms/mainwindow.cpp" line="381"/>
        <source>Open Database</source>
        <translation>Buka Pangkalan Data</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="385"/>
        <source>The database was upgraded to this version of MC Studio; the previous copy is kept as %1</source>
        <translation>Pangkalan data telah dinaik taraf ke versi MC Studio ini; salinan sebelumnya disimpan sebagai %1</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="405"/>
        <source>The password was not kept: the system keychain refused (%1).</source>
        <translation>Kata laluan tidak disimpan: rantai kunci sistem menolak (%1).</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="416"/>
        <source>Connect to Server</source>
        <translation>Sambung ke Pelayan</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="430"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="431"/>
        <source>The new language is used from the next start of MC Studio.</source>
        <translation>Bahasa baharu akan digunakan apabila MC Studio dimulakan semula.</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="498"/>
        <location filename="../forms/mainwindow.cpp" line="506"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="512"/>
        <source>My tasks</source>
        <translation>Tugasan saya</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="524"/>
        <source>Audit trail</source>
        <translation>Jejak audit</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="535"/>
        <source>Statements</source>
        <translation>Penyata</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="551"/>
        <source>Verify Statement</source>
        <translation>Sahkan Penyata</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="562"/>
        <source>About MC Studio</source>
        <translation>Perihal MC Studio</translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.cpp" line="563"/>
        <source>&lt;h3&gt;MC Studio %1&lt;/h3&gt;&lt;p&gt;Micro-credential course development: application forms, Table 4 and Student Learning Time, development milestones and learners&apos; statements.&lt;/p&gt;&lt;p&gt;Built on the university&apos;s micro-credential guidelines (v2.0) and the Malaysian Qualifications Framework.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MC Studio %1&lt;/h3&gt;&lt;p&gt;Pembangunan kursus mikro-kredensial: borang permohonan, Jadual 4 dan Masa Pembelajaran Pelajar, tonggak pembangunan dan penyata pelajar.&lt;/p&gt;&lt;p&gt;Dibina berdasarkan garis panduan mikro-kredensial universiti (v2.0) dan Kerangka Kelayakan Malaysia.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>mcs::MergeChoiceModel</name>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="29"/>
        <source>%1: added %2</source>
        <translation>%1: ditambah %2</translation>
    </message>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="30"/>
        <source>%1: removed %2</source>
        <translation>%1: dibuang %2</translation>
    </message>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="33"/>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="34"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="98"/>
        <source>%1 (conflict)</source>
        <translation>%1 (konflik)</translation>
    </message>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="105"/>
        <source>Changed on the server and in your copy: choose which to keep</source>
        <translation>Diubah di pelayan dan dalam salinan anda: pilih yang hendak dikekalkan</translation>
    </message>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="106"/>
        <source>Changed on one side only: taken from there</source>
        <translation>Diubah di satu pihak sahaja: diambil dari situ</translation>
    </message>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="115"/>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="119"/>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="155"/>
        <source>Part of the course</source>
        <translation>Bahagian kursus</translation>
    </message>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="156"/>
        <source>Server&apos;s change (keep theirs)</source>
        <translation>Perubahan pelayan (kekalkan milik mereka)</translation>
    </message>
    <message>
        <location filename="../models/items/mergechoicemodel.cpp" line="157"/>
        <source>My change (keep mine)</source>
        <translation>Perubahan saya (kekalkan milik saya)</translation>
    </message>
</context>
<context>
    <name>mcs::Milestone</name>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="10"/>
        <source>Proposal form submitted and approved</source>
        <translation>Borang cadangan dihantar dan diluluskan</translation>
    </message>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="11"/>
        <source>Table 4 form submitted and approved</source>
        <translation>Borang Jadual 4 dihantar dan diluluskan</translation>
    </message>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="12"/>
        <source>Content development</source>
        <translation>Pembangunan kandungan</translation>
    </message>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="13"/>
        <source>Video materials development</source>
        <translation>Pembangunan bahan video</translation>
    </message>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="14"/>
        <source>Promo video development</source>
        <translation>Pembangunan video promosi</translation>
    </message>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="15"/>
        <source>Materials uploaded to the platform</source>
        <translation>Bahan dimuat naik ke platform</translation>
    </message>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="16"/>
        <source>Video vetting by SME</source>
        <translation>Penyemakan video oleh SME</translation>
    </message>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="17"/>
        <source>Senate approval</source>
        <translation>Kelulusan Senat</translation>
    </message>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="109"/>
        <source>There is no milestone %1.</source>
        <translation>Tiada tonggak %1.</translation>
    </message>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="111"/>
        <source>Milestone %1 needs a valid completion date.</source>
        <translation>Tonggak %1 memerlukan tarikh siap yang sah.</translation>
    </message>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="117"/>
        <source>Milestone %1 must be completed first.</source>
        <translation>Tonggak %1 mesti diselesaikan dahulu.</translation>
    </message>
    <message>
        <location filename="../models/domain/milestoneplan.cpp" line="119"/>
        <source>The completion date is before milestone %1 was completed.</source>
        <translation>Tarikh siap adalah sebelum tonggak %1 diselesaikan.</translation>
    </message>
</context>
<context>
    <name>mcs::Nric</name>
    <message>
        <location filename="../models/domain/nric.cpp" line="37"/>
        <source>an NRIC holds only digits and dashes</source>
        <translation>No. Kad Pengenalan hanya mengandungi digit dan sengkang</translation>
    </message>
    <message>
        <location filename="../models/domain/nric.cpp" line="42"/>
        <source>an NRIC has 12 digits (YYMMDD-PB-###G), this one has %1</source>
        <translation>No. Kad Pengenalan mempunyai 12 digit (YYMMDD-PB-###G), yang ini mempunyai %1</translation>
    </message>
    <message>
        <location filename="../models/domain/nric.cpp" line="48"/>
        <source>write the NRIC as YYMMDD-PB-###G or as 12 digits</source>
        <translation>tulis No. Kad Pengenalan sebagai YYMMDD-PB-###G atau 12 digit</translation>
    </message>
    <message>
        <location filename="../models/domain/nric.cpp" line="58"/>
        <source>the NRIC&apos;s first six digits (%1) are not a real date of birth</source>
        <translation>enam digit pertama No. Kad Pengenalan (%1) bukan tarikh lahir yang sebenar</translation>
    </message>
    <message>
        <location filename="../models/domain/nric.cpp" line="62"/>
        <source>the place-of-birth code %1 is not one that is issued</source>
        <translation>kod tempat lahir %1 bukan kod yang dikeluarkan</translation>
    </message>
</context>
<context>
    <name>mcs::OfferingRepository</name>
    <message>
        <location filename="../models/storage/offeringrepository.cpp" line="55"/>
        <source>%1 was deleted by someone else meanwhile</source>
        <translation>%1 telah dipadam oleh orang lain sementara itu</translation>
    </message>
</context>
<context>
    <name>mcs::OfflineCopyController</name>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="29"/>
        <source>No database is open.</source>
        <translation>Tiada pangkalan data dibuka.</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="39"/>
        <source>Choose another file than the open database.</source>
        <translation>Pilih fail selain pangkalan data yang sedang dibuka.</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="45"/>
        <source>%1 already holds %2. Check it in first, or choose another file.</source>
        <translation>%1 sudah mengandungi %2. Daftar masuk dahulu, atau pilih fail lain.</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="53"/>
        <source>%1 is checked out to %2. Open that file to work on it without a network; File › Check In to Server sends your work back.</source>
        <translation>%1 telah didaftar keluar ke %2. Buka fail itu untuk bekerja tanpa rangkaian; Fail › Daftar Masuk ke Pelayan menghantar kerja anda kembali.</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="62"/>
        <location filename="../forms/offlinecopycontroller.cpp" line="73"/>
        <location filename="../forms/offlinecopycontroller.cpp" line="76"/>
        <source>Check Out</source>
        <translation>Daftar Keluar</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="62"/>
        <source>Open the course to check out first.</source>
        <translation>Buka kursus yang hendak didaftar keluar dahulu.</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="65"/>
        <source>Check Out %1 to Local File</source>
        <translation>Daftar Keluar %1 ke Fail Setempat</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="67"/>
        <source>MC Studio databases (*.mcs *.sqlite *.db)</source>
        <translation>Pangkalan data MC Studio (*.mcs *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="76"/>
        <source>Open it now?</source>
        <translation>Buka sekarang?</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="86"/>
        <location filename="../forms/offlinecopycontroller.cpp" line="92"/>
        <location filename="../forms/offlinecopycontroller.cpp" line="101"/>
        <location filename="../forms/offlinecopycontroller.cpp" line="113"/>
        <location filename="../forms/offlinecopycontroller.cpp" line="125"/>
        <location filename="../forms/offlinecopycontroller.cpp" line="136"/>
        <location filename="../forms/offlinecopycontroller.cpp" line="141"/>
        <location filename="../forms/offlinecopycontroller.cpp" line="154"/>
        <location filename="../forms/offlinecopycontroller.cpp" line="165"/>
        <location filename="../forms/offlinecopycontroller.cpp" line="173"/>
        <source>Check In</source>
        <translation>Daftar Masuk</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="86"/>
        <source>%1, where the course came from, no longer exists.</source>
        <translation>%1, asal kursus ini, tidak lagi wujud.</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="114"/>
        <source>The open database holds no checked-out course. Open the local file you checked a course out to.</source>
        <translation>Pangkalan data yang dibuka tidak mengandungi kursus yang didaftar keluar. Buka fail setempat tempat anda mendaftar keluar kursus.</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="123"/>
        <source>%1 (from %2)</source>
        <translation>%1 (dari %2)</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="125"/>
        <source>Course to check in:</source>
        <translation>Kursus untuk didaftar masuk:</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="142"/>
        <source>%1 was deleted on the server since you checked it out. Your copy stays in this file.</source>
        <translation>%1 telah dipadam di pelayan sejak anda mendaftarkannya keluar. Salinan anda kekal dalam fail ini.</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="155"/>
        <source>Send your work on %1 back to %2? Nobody has changed it there since you checked it out.</source>
        <translation>Hantar kerja anda pada %1 kembali ke %2? Tiada sesiapa mengubahnya di sana sejak anda mendaftarkannya keluar.</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="167"/>
        <source>%1 was changed on the server again while you decided. Nothing was written; check in again to see the new changes.</source>
        <translation>%1 diubah lagi di pelayan semasa anda membuat keputusan. Tiada apa-apa ditulis; daftar masuk semula untuk melihat perubahan baharu.</translation>
    </message>
    <message>
        <location filename="../forms/offlinecopycontroller.cpp" line="173"/>
        <source>%1 is checked in; this file now holds the server&apos;s copy, and you can go on working offline.</source>
        <translation>%1 telah didaftar masuk; fail ini kini memegang salinan pelayan, dan anda boleh terus bekerja di luar talian.</translation>
    </message>
</context>
<context>
    <name>mcs::Person</name>
    <message>
        <location filename="../models/domain/person.cpp" line="10"/>
        <source>Lecturer</source>
        <translation>Pensyarah</translation>
    </message>
    <message>
        <location filename="../models/domain/person.cpp" line="11"/>
        <source>Head of PTj</source>
        <translation>Ketua PTj</translation>
    </message>
    <message>
        <location filename="../models/domain/person.cpp" line="12"/>
        <source>CFLEX officer</source>
        <translation>Pegawai CFLEX</translation>
    </message>
    <message>
        <location filename="../models/domain/person.cpp" line="13"/>
        <source>Subject matter expert</source>
        <translation>Pakar bidang (SME)</translation>
    </message>
    <message>
        <location filename="../models/domain/person.cpp" line="14"/>
        <source>Administrator</source>
        <translation>Pentadbir</translation>
    </message>
</context>
<context>
    <name>mcs::Portfolio</name>
    <message>
        <location filename="../models/items/portfoliodata.cpp" line="35"/>
        <source>the new dates of %1 could not be saved</source>
        <translation>tarikh baharu %1 tidak dapat disimpan</translation>
    </message>
</context>
<context>
    <name>mcs::PortfolioCharts</name>
    <message>
        <location filename="../forms/portfoliocharts.cpp" line="56"/>
        <source>Courses by milestone stage</source>
        <translation>Kursus mengikut peringkat tonggak</translation>
    </message>
    <message>
        <location filename="../forms/portfoliocharts.cpp" line="57"/>
        <location filename="../forms/portfoliocharts.cpp" line="100"/>
        <source>Courses</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location filename="../forms/portfoliocharts.cpp" line="65"/>
        <source>Done</source>
        <translation>Siap</translation>
    </message>
    <message>
        <location filename="../forms/portfoliocharts.cpp" line="74"/>
        <location filename="../forms/portfoliocharts.cpp" line="133"/>
        <source>courses</source>
        <translation>kursus</translation>
    </message>
    <message>
        <location filename="../forms/portfoliocharts.cpp" line="81"/>
        <source>On time and overdue</source>
        <translation>Menepati jadual dan lewat</translation>
    </message>
    <message>
        <location filename="../forms/portfoliocharts.cpp" line="91"/>
        <source>On time</source>
        <translation>Menepati jadual</translation>
    </message>
    <message>
        <location filename="../forms/portfoliocharts.cpp" line="92"/>
        <source>Overdue</source>
        <translation>Lewat</translation>
    </message>
    <message>
        <location filename="../forms/portfoliocharts.cpp" line="93"/>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../forms/portfoliocharts.cpp" line="99"/>
        <source>Forecast completions per month</source>
        <translation>Ramalan penyiapan sebulan</translation>
    </message>
    <message>
        <location filename="../forms/portfoliocharts.cpp" line="140"/>
        <source>Average progress per faculty</source>
        <translation>Purata kemajuan setiap fakulti</translation>
    </message>
    <message>
        <location filename="../forms/portfoliocharts.cpp" line="141"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
</context>
<context>
    <name>mcs::PortfolioTab</name>
    <message>
        <location filename="../forms/portfoliotab.cpp" line="30"/>
        <source>Development Gantt</source>
        <translation>Gantt pembangunan</translation>
    </message>
    <message>
        <location filename="../forms/portfoliotab.cpp" line="31"/>
        <source>Dashboard</source>
        <translation>Papan pemuka</translation>
    </message>
    <message>
        <location filename="../forms/portfoliotab.cpp" line="47"/>
        <source>Save planned dates</source>
        <translation>Simpan tarikh rancangan</translation>
    </message>
</context>
<context>
    <name>mcs::Proposal</name>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="35"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="35"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="60"/>
        <source>Micro-credential application form</source>
        <translation>Borang permohonan mikro-kredensial</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="61"/>
        <source>Application</source>
        <translation>Permohonan</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="68"/>
        <source>Lecturers involved</source>
        <translation>Pensyarah yang terlibat</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="68"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="68"/>
        <source>Staff ID</source>
        <translation>No. staf</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="68"/>
        <source>E-mail</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="68"/>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="75"/>
        <source>Course learning outcomes</source>
        <translation>Hasil Pembelajaran Kursus</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="75"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="75"/>
        <source>Learning outcome</source>
        <translation>Hasil pembelajaran</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="75"/>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="76"/>
        <source>Level</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="83"/>
        <source>Assessment method</source>
        <translation>Kaedah penilaian</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="83"/>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="83"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="83"/>
        <source>Weight (%)</source>
        <translation>Wajaran (%)</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="87"/>
        <source>Continuous</source>
        <translation>Berterusan</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="87"/>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="92"/>
        <source>Table 4 summary (Student Learning Time)</source>
        <translation>Ringkasan Jadual 4 (Masa Pembelajaran Pelajar)</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="92"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="92"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="93"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="93"/>
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../models/output/proposalrenderer.cpp" line="100"/>
        <source>Total %1 h = %2 credit(s) at 40 h per credit; %3% online.</source>
        <translation>Jumlah %1 jam = %2 kredit pada 40 jam sekredit; %3% dalam talian.</translation>
    </message>
</context>
<context>
    <name>mcs::RateTable</name>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="45"/>
        <source>%1: the fixed rate must be above 0 minutes.</source>
        <translation>%1: kadar tetap mesti melebihi 0 minit.</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="50"/>
        <source>%1: the minimum must be above 0 minutes.</source>
        <translation>%1: minimum mesti melebihi 0 minit.</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="52"/>
        <source>%1: the minimum %2 is above the maximum %3.</source>
        <translation>%1: minimum %2 melebihi maksimum %3.</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="55"/>
        <source>%1: the default %2 must lie between the minimum %3 and the maximum %4.</source>
        <translation>%1: lalai %2 mesti berada antara minimum %3 dan maksimum %4.</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="219"/>
        <source>A rate table version is a whole number, 1 or more.</source>
        <translation>Versi jadual kadar ialah nombor bulat, 1 atau lebih.</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="223"/>
        <location filename="../models/domain/ratetable.cpp" line="232"/>
        <source>A new version keeps the activity types of the table it copies.</source>
        <translation>Versi baharu mengekalkan jenis aktiviti jadual yang disalinnya.</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="257"/>
        <source>Slide</source>
        <translation>Slaid</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="258"/>
        <source>Forum</source>
        <translation>Forum</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="259"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="260"/>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="261"/>
        <source>Lecture</source>
        <translation>Kuliah</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="262"/>
        <source>Reading</source>
        <translation>Bacaan</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="263"/>
        <source>Quiz (MCQ)</source>
        <translation>Kuiz (aneka pilihan)</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="264"/>
        <source>Assignment (video)</source>
        <translation>Tugasan (video)</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="265"/>
        <source>Assignment (essay)</source>
        <translation>Tugasan (esei)</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="266"/>
        <source>Presentation (video)</source>
        <translation>Pembentangan (video)</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="267"/>
        <source>Examination (short answer)</source>
        <translation>Peperiksaan (jawapan pendek)</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="268"/>
        <source>Examination (long answer)</source>
        <translation>Peperiksaan (jawapan panjang)</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="269"/>
        <source>Independent study</source>
        <translation>Pembelajaran kendiri</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="270"/>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="280"/>
        <source>slide</source>
        <translation>slaid</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="280"/>
        <source>slides</source>
        <translation>slaid</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="281"/>
        <source>minute</source>
        <translation>minit</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="281"/>
        <source>minutes</source>
        <translation>minit</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="282"/>
        <source>page</source>
        <translation>halaman</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="282"/>
        <source>pages</source>
        <translation>halaman</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="283"/>
        <source>question</source>
        <translation>soalan</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="283"/>
        <source>questions</source>
        <translation>soalan</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="284"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../models/domain/ratetable.cpp" line="284"/>
        <source>units</source>
        <translation>unit</translation>
    </message>
</context>
<context>
    <name>mcs::RateTableEditDialog</name>
    <message>
        <location filename="../forms/ratetableeditdialog.cpp" line="42"/>
        <source>New SLT Rate Table: Version %1</source>
        <translation>Jadual Kadar MPP Baharu: Versi %1</translation>
    </message>
    <message>
        <location filename="../forms/ratetableeditdialog.cpp" line="44"/>
        <source>A copy of version %1. Change the SLT minutes per unit of any activity type; a blank rate in Table 4 takes the default. Courses keep the version they were built with until their developers choose to upgrade.</source>
        <translation>Salinan versi %1. Ubah minit MPP seunit bagi mana-mana jenis aktiviti; kadar kosong dalam Jadual 4 mengambil nilai lalai. Kursus mengekalkan versi asalnya sehingga pembangunnya memilih untuk menaik taraf.</translation>
    </message>
    <message>
        <location filename="../forms/ratetableeditdialog.cpp" line="65"/>
        <source>Save as Version %1</source>
        <translation>Simpan sebagai Versi %1</translation>
    </message>
</context>
<context>
    <name>mcs::RateTableEditModel</name>
    <message>
        <location filename="../models/items/ratetableeditmodel.cpp" line="48"/>
        <source>No guideline rate: the developer gives the rate of each activity.</source>
        <translation>Tiada kadar garis panduan: pembangun menetapkan kadar setiap aktiviti.</translation>
    </message>
    <message>
        <location filename="../models/items/ratetableeditmodel.cpp" line="50"/>
        <source>A fixed rate: minimum, maximum and default are the same.</source>
        <translation>Kadar tetap: minimum, maksimum dan lalai adalah sama.</translation>
    </message>
    <message>
        <location filename="../models/items/ratetableeditmodel.cpp" line="51"/>
        <source>SLT minutes per %1; a blank rate in Table 4 takes the default.</source>
        <translation>Minit MPP setiap %1; kadar kosong dalam Jadual 4 mengambil nilai lalai.</translation>
    </message>
    <message>
        <location filename="../models/items/ratetableeditmodel.cpp" line="65"/>
        <source>given per activity</source>
        <translation>diberi bagi setiap aktiviti</translation>
    </message>
    <message>
        <location filename="../models/items/ratetableeditmodel.cpp" line="115"/>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <location filename="../models/items/ratetableeditmodel.cpp" line="116"/>
        <source>Per</source>
        <translation>Per</translation>
    </message>
    <message>
        <location filename="../models/items/ratetableeditmodel.cpp" line="117"/>
        <source>Minimum (min)</source>
        <translation>Minimum (min)</translation>
    </message>
    <message>
        <location filename="../models/items/ratetableeditmodel.cpp" line="118"/>
        <source>Maximum (min)</source>
        <translation>Maksimum (min)</translation>
    </message>
    <message>
        <location filename="../models/items/ratetableeditmodel.cpp" line="119"/>
        <source>Default (min)</source>
        <translation>Lalai (min)</translation>
    </message>
</context>
<context>
    <name>mcs::RateTableModel</name>
    <message>
        <location filename="../models/items/ratetablemodel.cpp" line="46"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../models/items/ratetablemodel.cpp" line="47"/>
        <source>fixed %1</source>
        <translation>tetap %1</translation>
    </message>
    <message>
        <location filename="../models/items/ratetablemodel.cpp" line="48"/>
        <source>given per activity</source>
        <translation>diberi bagi setiap aktiviti</translation>
    </message>
    <message>
        <location filename="../models/items/ratetablemodel.cpp" line="55"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../models/items/ratetablemodel.cpp" line="65"/>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../models/items/ratetablemodel.cpp" line="66"/>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <location filename="../models/items/ratetablemodel.cpp" line="67"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../models/items/ratetablemodel.cpp" line="68"/>
        <source>SLT min per unit</source>
        <translation>Minit MPP seunit</translation>
    </message>
    <message>
        <location filename="../models/items/ratetablemodel.cpp" line="69"/>
        <source>Default</source>
        <translation>Lalai</translation>
    </message>
    <message>
        <location filename="../models/items/ratetablemodel.cpp" line="70"/>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
</context>
<context>
    <name>mcs::RateUpgradeDialog</name>
    <message>
        <location filename="../forms/rateupgradedialog.cpp" line="35"/>
        <source>Upgrade to SLT Rate Table Version %1</source>
        <translation>Naik Taraf ke Jadual Kadar MPP Versi %1</translation>
    </message>
    <message>
        <location filename="../forms/rateupgradedialog.cpp" line="37"/>
        <source>Table 4 is computed with rate table version %1. Version %2 would change the figures below. Rates you chose yourself are kept; blank rates take the new defaults. Edit › Undo returns to version %1 in one step.</source>
        <translation>Jadual 4 dikira dengan jadual kadar versi %1. Versi %2 akan mengubah angka di bawah. Kadar yang anda pilih sendiri dikekalkan; kadar kosong mengambil nilai lalai baharu. Sunting › Buat Asal kembali ke versi %1 dalam satu langkah.</translation>
    </message>
    <message>
        <location filename="../forms/rateupgradedialog.cpp" line="48"/>
        <source>Total SLT (hours)</source>
        <translation>Jumlah MPP (jam)</translation>
    </message>
    <message>
        <location filename="../forms/rateupgradedialog.cpp" line="50"/>
        <source>Credits (hours / 40)</source>
        <translation>Kredit (jam / 40)</translation>
    </message>
    <message>
        <location filename="../forms/rateupgradedialog.cpp" line="51"/>
        <source>SLT findings</source>
        <translation>Dapatan MPP</translation>
    </message>
    <message>
        <location filename="../forms/rateupgradedialog.cpp" line="55"/>
        <source>%1 (hours)</source>
        <translation>%1 (jam)</translation>
    </message>
    <message>
        <location filename="../forms/rateupgradedialog.cpp" line="55"/>
        <source>Unit %1</source>
        <translation>Unit %1</translation>
    </message>
    <message>
        <location filename="../forms/rateupgradedialog.cpp" line="60"/>
        <source>Version %1 (now)</source>
        <translation>Versi %1 (sekarang)</translation>
    </message>
    <message>
        <location filename="../forms/rateupgradedialog.cpp" line="61"/>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <location filename="../forms/rateupgradedialog.cpp" line="61"/>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../forms/rateupgradedialog.cpp" line="85"/>
        <source>Upgrade to Version %1</source>
        <translation>Naik Taraf ke Versi %1</translation>
    </message>
</context>
<context>
    <name>mcs::Redline</name>
    <message>
        <location filename="../models/items/redlinehtml.cpp" line="76"/>
        <source>The two versions are the same.</source>
        <translation>Kedua-dua versi adalah sama.</translation>
    </message>
    <message>
        <location filename="../models/items/redlinehtml.cpp" line="77"/>
        <source>1 difference.</source>
        <translation>1 perbezaan.</translation>
    </message>
    <message>
        <location filename="../models/items/redlinehtml.cpp" line="77"/>
        <source>%1 differences.</source>
        <translation>%1 perbezaan.</translation>
    </message>
    <message>
        <location filename="../models/items/redlinehtml.cpp" line="87"/>
        <source>Field</source>
        <translation>Medan</translation>
    </message>
    <message>
        <location filename="../models/items/redlinehtml.cpp" line="102"/>
        <source>added</source>
        <translation>ditambah</translation>
    </message>
    <message>
        <location filename="../models/items/redlinehtml.cpp" line="103"/>
        <source>removed</source>
        <translation>dibuang</translation>
    </message>
</context>
<context>
    <name>mcs::ResultsCsv</name>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="41"/>
        <source>line %1, column %2: %3</source>
        <translation>baris %1, lajur %2: %3</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="43"/>
        <source>line %1, column %2 (%3): %4</source>
        <translation>baris %1, lajur %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="63"/>
        <source>line 1: the file is empty; the first line names the columns (%1)</source>
        <translation>baris 1: fail kosong; baris pertama menamakan lajur (%1)</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="75"/>
        <source>unknown column; the columns are %1</source>
        <translation>lajur tidak dikenali; lajurnya ialah %1</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="77"/>
        <source>the column appears twice (also column %1)</source>
        <translation>lajur ini muncul dua kali (juga lajur %1)</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="84"/>
        <source>line %1: the column %2 is missing</source>
        <translation>baris %1: lajur %2 tiada</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="86"/>
        <source>line %1: give the column nric, passport_no or both</source>
        <translation>baris %1: berikan lajur nric, passport_no atau kedua-duanya</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="99"/>
        <source>%1 fields, but the header names only %2 columns</source>
        <translation>%1 medan, tetapi pengepala hanya menamakan %2 lajur</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="113"/>
        <source>the learner&apos;s name is empty</source>
        <translation>nama pelajar kosong</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="119"/>
        <source>give an NRIC or a passport number, not both</source>
        <translation>berikan No. K/P atau nombor pasport, bukan kedua-duanya</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="131"/>
        <source>an international learner&apos;s nationality is needed with the passport number</source>
        <translation>kewarganegaraan pelajar antarabangsa diperlukan bersama nombor pasport</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="135"/>
        <source>a Malaysian learner needs an NRIC; an international learner a passport number and nationality</source>
        <translation>pelajar Malaysia memerlukan No. K/P; pelajar antarabangsa memerlukan nombor pasport dan kewarganegaraan</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="139"/>
        <source>the same learner as on line %1</source>
        <translation>pelajar yang sama seperti pada baris %1</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="146"/>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; bukan alamat e-mel</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="150"/>
        <source>&quot;%1&quot; is not a result; write pass, fail, enrolled or withdrawn</source>
        <translation>&quot;%1&quot; bukan keputusan; tulis pass, fail, enrolled atau withdrawn</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="156"/>
        <source>&quot;%1&quot; is not a mark from 0 to 100</source>
        <translation>&quot;%1&quot; bukan markah dari 0 hingga 100</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="163"/>
        <source>a pass or fail needs its grade</source>
        <translation>lulus atau gagal memerlukan grednya</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="168"/>
        <source>&quot;%1&quot; is not a date; write YYYY-MM-DD</source>
        <translation>&quot;%1&quot; bukan tarikh; tulis YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="170"/>
        <source>%1 lies in the future</source>
        <translation>%1 berada pada masa hadapan</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="172"/>
        <source>Senate approves only a pass or a fail, not &quot;%1&quot;</source>
        <translation>Senat hanya meluluskan lulus atau gagal, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../models/domain/resultscsv.cpp" line="179"/>
        <source>line %1: there is no learner after the header</source>
        <translation>baris %1: tiada pelajar selepas pengepala</translation>
    </message>
</context>
<context>
    <name>mcs::ResultsImporter</name>
    <message>
        <location filename="../models/storage/resultsimporter.cpp" line="42"/>
        <source>there is no offering %1</source>
        <translation>tiada tawaran %1</translation>
    </message>
    <message>
        <location filename="../models/storage/resultsimporter.cpp" line="80"/>
        <location filename="../models/storage/resultsimporter.cpp" line="87"/>
        <location filename="../models/storage/resultsimporter.cpp" line="122"/>
        <location filename="../models/storage/resultsimporter.cpp" line="129"/>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/resultsimporter.cpp" line="116"/>
        <source>line %1: %2 already holds statement %3; revoke it before changing the result</source>
        <translation>baris %1: %2 sudah mempunyai penyata %3; batalkannya sebelum mengubah keputusan</translation>
    </message>
</context>
<context>
    <name>mcs::SerialPattern</name>
    <message>
        <location filename="../models/domain/serialpattern.cpp" line="31"/>
        <source>unknown placeholder {%1} in the serial pattern</source>
        <translation>pemegang tempat {%1} tidak dikenali dalam corak no. siri</translation>
    </message>
    <message>
        <location filename="../models/domain/serialpattern.cpp" line="37"/>
        <source>the serial pattern needs {seq} so that every statement&apos;s serial is unique</source>
        <translation>corak no. siri memerlukan {seq} supaya no. siri setiap penyata adalah unik</translation>
    </message>
</context>
<context>
    <name>mcs::ServerParams</name>
    <message>
        <location filename="../models/storage/serverparams.cpp" line="17"/>
        <source>&apos;%1&apos; is not a server URL of the form postgresql://user@host:port/database</source>
        <translation>&apos;%1&apos; bukan URL pelayan dalam bentuk postgresql://pengguna@hos:port/pangkalandata</translation>
    </message>
    <message>
        <location filename="../models/storage/serverparams.cpp" line="31"/>
        <source>the server URL &apos;%1&apos; needs a user and a database name</source>
        <translation>URL pelayan &apos;%1&apos; memerlukan nama pengguna dan nama pangkalan data</translation>
    </message>
</context>
<context>
    <name>mcs::ServerSecurity</name>
    <message>
        <location filename="../models/storage/serversecurity.cpp" line="379"/>
        <source>the security layer exists only on a PostgreSQL server</source>
        <translation>lapisan keselamatan hanya wujud pada pelayan PostgreSQL</translation>
    </message>
    <message>
        <location filename="../models/storage/serversecurity.cpp" line="394"/>
        <source>cannot create the group role %1: %2</source>
        <translation>tidak dapat mencipta peranan kumpulan %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/serversecurity.cpp" line="421"/>
        <location filename="../models/storage/serversecurity.cpp" line="455"/>
        <location filename="../models/storage/serversecurity.cpp" line="460"/>
        <source>cannot apply the security layer: %1</source>
        <translation>tidak dapat menerapkan lapisan keselamatan: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/serversecurity.cpp" line="469"/>
        <source>people sign in as PostgreSQL roles only on a server</source>
        <translation>pengguna log masuk sebagai peranan PostgreSQL hanya pada pelayan</translation>
    </message>
    <message>
        <location filename="../models/storage/serversecurity.cpp" line="473"/>
        <source>&apos;%1&apos; is not a usable login name (letters, digits, _ . -; at most 63)</source>
        <translation>&apos;%1&apos; bukan nama log masuk yang boleh digunakan (huruf, digit, _ . -; paling banyak 63)</translation>
    </message>
    <message>
        <location filename="../models/storage/serversecurity.cpp" line="477"/>
        <source>the new user needs a password</source>
        <translation>pengguna baharu memerlukan kata laluan</translation>
    </message>
    <message>
        <location filename="../models/storage/serversecurity.cpp" line="488"/>
        <source>the group role %1 does not exist: run &apos;mcstudio-cli server init&apos; first</source>
        <translation>peranan kumpulan %1 tidak wujud: jalankan &apos;mcstudio-cli server init&apos; dahulu</translation>
    </message>
    <message>
        <location filename="../models/storage/serversecurity.cpp" line="521"/>
        <source>cannot create the login %1: %2</source>
        <translation>tidak dapat mencipta log masuk %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/serversecurity.cpp" line="536"/>
        <location filename="../models/storage/serversecurity.cpp" line="546"/>
        <source>cannot record %1: %2</source>
        <translation>tidak dapat merekod %1: %2</translation>
    </message>
</context>
<context>
    <name>mcs::SltCalculator</name>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="404"/>
        <source>Unit %1</source>
        <translation>Unit %1</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="405"/>
        <source>Unit %1 (%2)</source>
        <translation>Unit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="415"/>
        <source>%1, activity %2 (%3)</source>
        <translation>%1, aktiviti %2 (%3)</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="426"/>
        <source>&apos;%1&apos; is not an activity type of rate table version %2</source>
        <translation>&apos;%1&apos; bukan jenis aktiviti dalam jadual kadar versi %2</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="429"/>
        <source>the quantity %1 is below 0</source>
        <translation>kuantiti %1 kurang daripada 0</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="432"/>
        <source>the rate %1 is below 0</source>
        <translation>kadar %1 kurang daripada 0</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="435"/>
        <source>the weight %1% is below 0</source>
        <translation>wajaran %1% kurang daripada 0</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="438"/>
        <source>give the SLT minutes per %1; this type has no guideline rate</source>
        <translation>berikan minit MPP bagi setiap %1; jenis ini tiada kadar garis panduan</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="442"/>
        <source>the rate of %1 min per %2 differs from the guideline&apos;s %3 min (2.2)</source>
        <translation>kadar %1 min bagi setiap %2 berbeza daripada %3 min garis panduan (2.2)</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="444"/>
        <source>the rate of %1 min per %2 is outside the guideline range of %3-%4 min (2.2)</source>
        <translation>kadar %1 min bagi setiap %2 berada di luar julat garis panduan %3-%4 min (2.2)</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="448"/>
        <source>a weight of %1% is given but the activity is not a continuous or final assessment</source>
        <translation>wajaran %1% diberikan tetapi aktiviti ini bukan penilaian berterusan atau akhir</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="452"/>
        <source>a %1 assessment needs a weight in percent</source>
        <translation>penilaian %1 memerlukan wajaran dalam peratus</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="457"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="470"/>
        <source>%1 has no assessment; each unit or week needs at least one (2.3).</source>
        <translation>%1 tiada penilaian; setiap unit atau minggu memerlukan sekurang-kurangnya satu (2.3).</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="485"/>
        <source>The assessment weights total %1%, not 100% (1.5 f).</source>
        <translation>Jumlah wajaran penilaian ialah %1%, bukan 100% (1.5 f).</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="489"/>
        <source>There is no continuous assessment; continuous and final assessment are both required (1.5 f).</source>
        <translation>Tiada penilaian berterusan; penilaian berterusan dan penilaian akhir kedua-duanya diwajibkan (1.5 f).</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="492"/>
        <source>There is no final assessment; continuous and final assessment are both required (1.5 f).</source>
        <translation>Tiada penilaian akhir; penilaian berterusan dan penilaian akhir kedua-duanya diwajibkan (1.5 f).</translation>
    </message>
    <message>
        <location filename="../models/domain/sltcalculator.cpp" line="495"/>
        <source>The total SLT is %1 h, under the 40 h of one credit (MQF).</source>
        <translation>Jumlah MPP ialah %1 jam, kurang daripada 40 jam bagi satu kredit (MQF).</translation>
    </message>
</context>
<context>
    <name>mcs::SltPanel</name>
    <message>
        <location filename="../forms/sltpanel.ui" line="13"/>
        <source>&lt;b&gt;Student Learning Time&lt;/b&gt;</source>
        <translation>&lt;b&gt;Masa Pembelajaran Pelajar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.ui" line="19"/>
        <source>Total SLT</source>
        <translation>Jumlah MPP</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.ui" line="21"/>
        <source>Guideline band</source>
        <translation>Julat garis panduan</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.ui" line="23"/>
        <source>Credits</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.ui" line="25"/>
        <source>Claimable credits</source>
        <translation>Kredit boleh dituntut</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.ui" line="27"/>
        <source>Online share</source>
        <translation>Bahagian dalam talian</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.ui" line="29"/>
        <source>Assessment weights</source>
        <translation>Wajaran penilaian</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.ui" line="45"/>
        <source>Hours per learning unit (sum of its activities) and per CLO (each activity&apos;s hours shared equally among the CLOs it serves)</source>
        <translation>Jam bagi setiap unit pembelajaran (jumlah aktivitinya) dan setiap HPK (jam setiap aktiviti dibahagi sama rata antara HPK yang didukungnya)</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.ui" line="46"/>
        <source>Unit / CLO</source>
        <translation>Unit / HPK</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.ui" line="47"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.ui" line="56"/>
        <source>The guideline checks (2.2, 2.3, 1.5 f, MQF); click a finding to select its row</source>
        <translation>Semakan garis panduan (2.2, 2.3, 1.5 f, MQF); klik dapatan untuk memilih barisnya</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.cpp" line="72"/>
        <source>Hours by delivery mode (sum of each activity&apos;s planned SLT by its mode)%1</source>
        <translation>Jam mengikut mod penyampaian (jumlah MPP rancangan setiap aktiviti mengikut modnya)%1</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.cpp" line="73"/>
        <source>; the bracket marks the 30–79% online window of SBL</source>
        <translation>; kurungan menandakan julat 30–79% dalam talian bagi SBL</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.cpp" line="78"/>
        <source>%1 Physical: %2&lt;br&gt;%3 Online synchronous: %4&lt;br&gt;%5 Independent (online async): %6</source>
        <translation>%1 Fizikal: %2&lt;br&gt;%3 Dalam talian segerak: %4&lt;br&gt;%5 Kendiri (dalam talian tak segerak): %6</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.cpp" line="98"/>
        <source>Hours per unit</source>
        <translation>Jam setiap unit</translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.cpp" line="99"/>
        <source>Hours per CLO</source>
        <translation>Jam setiap HPK</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/sltpanel.cpp" line="102"/>
        <source>&lt;b&gt;Findings&lt;/b&gt;: %n error(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Dapatan&lt;/b&gt;: %n ralat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/sltpanel.cpp" line="103"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n amaran</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/sltpanel.cpp" line="115"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/sltpanel.cpp" line="118"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcs::SltPanelData</name>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="24"/>
        <source>%1 h</source>
        <translation>%1 jam</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="46"/>
        <source>Total SLT</source>
        <translation>Jumlah MPP</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="47"/>
        <source>Sum over every activity of quantity × rate (SLT minutes per unit; the range&apos;s midpoint when no rate is given) ÷ 60 (guideline 2.2)</source>
        <translation>Jumlah bagi setiap aktiviti: kuantiti × kadar (minit MPP seunit; titik tengah julat jika tiada kadar diberi) ÷ 60 (garis panduan 2.2)</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="50"/>
        <source>Guideline band</source>
        <translation>Julat garis panduan</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="51"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="52"/>
        <source>Total SLT with every ranged activity at the lower / upper end of its 2.2 range; fixed-rate and &apos;other&apos; activities count at their planned value</source>
        <translation>Jumlah MPP dengan setiap aktiviti berjulat pada hujung bawah / atas julat 2.2nya; aktiviti berkadar tetap dan &apos;lain-lain&apos; dikira pada nilai rancangannya</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="55"/>
        <source>Credits</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="56"/>
        <source>Total SLT ÷ 40 hours (MQF: 1 credit = 40 hours of student learning time)</source>
        <translation>Jumlah MPP ÷ 40 jam (MQF: 1 kredit = 40 jam masa pembelajaran pelajar)</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="57"/>
        <source>Claimable credits</source>
        <translation>Kredit boleh dituntut</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="58"/>
        <source>A stand-alone MC claims 0 credits below 40 h, else 1 credit plus 0.5 for every whole 20 h above 40 h</source>
        <translation>MC berdiri sendiri menuntut 0 kredit di bawah 40 jam, jika tidak 1 kredit ditambah 0.5 bagi setiap 20 jam penuh melebihi 40 jam</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="61"/>
        <source>Online synchronous + independent (online asynchronous) hours ÷ total SLT × 100</source>
        <translation>Jam dalam talian segerak + kendiri (dalam talian tak segerak) ÷ jumlah MPP × 100</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="63"/>
        <source>; Substitute Blended Learning allows %1–%2% online</source>
        <translation>; Pembelajaran Teradun Gantian membenarkan %1–%2% dalam talian</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="64"/>
        <source>Online share</source>
        <translation>Bahagian dalam talian</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="64"/>
        <location filename="../models/items/sltpaneldata.cpp" line="69"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="69"/>
        <source>Assessment weights</source>
        <translation>Wajaran penilaian</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="70"/>
        <source>Sum of the weights of every continuous and final assessment; must total 100% (1.5 f)</source>
        <translation>Jumlah wajaran setiap penilaian berterusan dan akhir; mesti berjumlah 100% (1.5 f)</translation>
    </message>
    <message>
        <location filename="../models/items/sltpaneldata.cpp" line="75"/>
        <source>Unit %1: %2</source>
        <translation>Unit %1: %2</translation>
    </message>
</context>
<context>
    <name>mcs::SltRateTableRepository</name>
    <message>
        <location filename="../models/storage/sltratetablerepository.cpp" line="27"/>
        <source>SLT rate table version %1 is already stored and cannot change</source>
        <translation>Jadual kadar MPP versi %1 sudah disimpan dan tidak boleh diubah</translation>
    </message>
    <message>
        <location filename="../models/storage/sltratetablerepository.cpp" line="70"/>
        <source>SLT rate table version %1 is not in this database</source>
        <translation>Jadual kadar MPP versi %1 tiada dalam pangkalan data ini</translation>
    </message>
    <message>
        <location filename="../models/storage/sltratetablerepository.cpp" line="80"/>
        <source>SLT rate table version %1: %2</source>
        <translation>Jadual kadar MPP versi %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/sltratetablerepository.cpp" line="112"/>
        <source>SLT rate table version %1 is built into MC Studio and cannot change</source>
        <translation>Jadual kadar MPP versi %1 terbina dalam MC Studio dan tidak boleh diubah</translation>
    </message>
</context>
<context>
    <name>mcs::SltRatesDialog</name>
    <message>
        <location filename="../forms/sltratesdialog.cpp" line="50"/>
        <location filename="../forms/sltratesdialog.cpp" line="117"/>
        <location filename="../forms/sltratesdialog.cpp" line="148"/>
        <location filename="../forms/sltratesdialog.cpp" line="156"/>
        <source>SLT rates</source>
        <translation>Kadar MPP</translation>
    </message>
    <message>
        <location filename="../forms/sltratesdialog.cpp" line="57"/>
        <source>Version:</source>
        <translation>Versi:</translation>
    </message>
    <message>
        <location filename="../forms/sltratesdialog.cpp" line="80"/>
        <source>Create New Version…</source>
        <translation>Cipta Versi Baharu…</translation>
    </message>
    <message>
        <location filename="../forms/sltratesdialog.cpp" line="81"/>
        <source>A CFLEX officer&apos;s task: an edited copy of the shown table, stored as the next version. Courses keep their version until their developers upgrade.</source>
        <translation>Tugas pegawai CFLEX: salinan jadual yang dipaparkan setelah disunting, disimpan sebagai versi seterusnya. Kursus mengekalkan versinya sehingga pembangunnya menaik taraf.</translation>
    </message>
    <message>
        <location filename="../forms/sltratesdialog.cpp" line="107"/>
        <source>%1 (in use)</source>
        <translation>%1 (sedang digunakan)</translation>
    </message>
    <message>
        <location filename="../forms/sltratesdialog.cpp" line="130"/>
        <source>Rate table version %1 is in use for new work (guideline 2.2): SLT minutes per unit of each activity type. A blank rate in Table 4 takes the default.</source>
        <translation>Jadual kadar versi %1 digunakan untuk kerja baharu (garis panduan 2.2): minit MPP seunit bagi setiap jenis aktiviti. Kadar kosong dalam Jadual 4 mengambil nilai lalai.</translation>
    </message>
    <message>
        <location filename="../forms/sltratesdialog.cpp" line="132"/>
        <source>Rate table version %1 (version %2 is in use for new work).</source>
        <translation>Jadual kadar versi %1 (versi %2 digunakan untuk kerja baharu).</translation>
    </message>
    <message>
        <location filename="../forms/sltratesdialog.cpp" line="134"/>
        <source>The current course uses version %1.</source>
        <translation>Kursus semasa menggunakan versi %1.</translation>
    </message>
    <message>
        <location filename="../forms/sltratesdialog.cpp" line="136"/>
        <source>New versions are made by CFLEX officers.</source>
        <translation>Versi baharu dibuat oleh pegawai CFLEX.</translation>
    </message>
    <message>
        <location filename="../forms/sltratesdialog.cpp" line="157"/>
        <source>Version %1 was not stored: %2</source>
        <translation>Versi %1 tidak disimpan: %2</translation>
    </message>
</context>
<context>
    <name>mcs::SltReport</name>
    <message>
        <location filename="../models/output/sltreport.cpp" line="121"/>
        <source>Student Learning Time: %1 (rate table version %2)

</source>
        <translation>Masa Pembelajaran Pelajar: %1 (jadual kadar versi %2)

</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="129"/>
        <source>Unit  Topic</source>
        <translation>Unit  Topik</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="129"/>
        <location filename="../models/output/sltreport.cpp" line="144"/>
        <location filename="../models/output/sltreport.cpp" line="149"/>
        <source>Hours</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="130"/>
        <source>Assessments</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="138"/>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="144"/>
        <source>CLO</source>
        <translation>HPK</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="149"/>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="149"/>
        <source>Share</source>
        <translation>Bahagian</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="151"/>
        <source>physical</source>
        <translation>fizikal</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="152"/>
        <source>online synchronous</source>
        <translation>dalam talian segerak</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="153"/>
        <source>online asynchronous</source>
        <translation>dalam talian tak segerak</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="165"/>
        <source>Total SLT</source>
        <translation>Jumlah MPP</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="165"/>
        <location filename="../models/output/sltreport.cpp" line="166"/>
        <location filename="../models/output/sltreport.cpp" line="167"/>
        <location filename="../models/output/sltreport.cpp" line="169"/>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="166"/>
        <source>Delivery</source>
        <translation>Penyampaian</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="167"/>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="168"/>
        <source>Guideline band (2.2)</source>
        <translation>Julat garis panduan (2.2)</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="170"/>
        <source>Credits (total / 40 h)</source>
        <translation>Kredit (jumlah / 40 jam)</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="171"/>
        <source>Claimable credits (stand-alone MC)</source>
        <translation>Kredit boleh dituntut (MC berdiri sendiri)</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="172"/>
        <source>Online share</source>
        <translation>Bahagian dalam talian</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="173"/>
        <source>Assessment weights</source>
        <translation>Wajaran penilaian</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="180"/>
        <source>No findings.
</source>
        <translation>Tiada dapatan.
</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="183"/>
        <source>Findings: %1 error(s), %2 warning(s)
</source>
        <translation>Dapatan: %1 ralat, %2 amaran
</translation>
    </message>
    <message>
        <location filename="../models/output/sltreport.cpp" line="185"/>
        <source>line %1</source>
        <translation>baris %1</translation>
    </message>
</context>
<context>
    <name>mcs::StatementBatch</name>
    <message>
        <location filename="../models/output/statementbatch.cpp" line="65"/>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat mencipta folder %1</translation>
    </message>
    <message>
        <location filename="../models/output/statementbatch.cpp" line="102"/>
        <location filename="../models/output/statementbatch.cpp" line="149"/>
        <source>cannot write %1</source>
        <translation>tidak dapat menulis %1</translation>
    </message>
    <message>
        <location filename="../models/output/statementbatch.cpp" line="121"/>
        <source>there is no statement to write</source>
        <translation>tiada penyata untuk ditulis</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/output/statementbatch.cpp" line="129"/>
        <source>Micro-credential statements (%n)</source>
        <translation>
            <numerusform>Penyata mikro-kredensial (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcs::StatementContent</name>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="34"/>
        <source>Course of an accredited programme</source>
        <translation>Kursus program terakreditasi</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="35"/>
        <source>%1 (course of an accredited programme)</source>
        <translation>%1 (kursus program terakreditasi)</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="38"/>
        <source>Stand-alone micro-credential, quality-verified</source>
        <translation>Mikro-kredensial kendiri, disahkan kualitinya</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="39"/>
        <source>Stand-alone micro-credential</source>
        <translation>Mikro-kredensial kendiri</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="48"/>
        <source>MQA accredited programme</source>
        <translation>Program terakreditasi MQA</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="49"/>
        <source>Verified by a quality verification committee (QVC)</source>
        <translation>Disahkan oleh jawatankuasa pengesahan kualiti (QVC)</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="52"/>
        <source>Approved by the University Senate</source>
        <translation>Diluluskan oleh Senat Universiti</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="61"/>
        <source>1 week</source>
        <translation>1 minggu</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="61"/>
        <source>%1 weeks</source>
        <translation>%1 minggu</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="62"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="70"/>
        <location filename="../models/domain/statementcontent.cpp" line="71"/>
        <source>Skills Certificate</source>
        <translation>Sijil Kemahiran</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="72"/>
        <source>Certificate</source>
        <translation>Sijil</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="73"/>
        <source>Diploma</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="74"/>
        <source>Advanced Diploma</source>
        <translation>Diploma Lanjutan</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="75"/>
        <source>Bachelor&apos;s degree</source>
        <translation>Ijazah Sarjana Muda</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="76"/>
        <source>Master&apos;s degree</source>
        <translation>Ijazah Sarjana</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="77"/>
        <source>Doctoral degree</source>
        <translation>Ijazah Doktor Falsafah</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="80"/>
        <source>MQF Level %1</source>
        <translation>Tahap MQF %1</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="81"/>
        <source>MQF Level %1 (%2)</source>
        <translation>Tahap MQF %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="91"/>
        <source>Passport</source>
        <translation>Pasport</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="91"/>
        <source>Passport (%1)</source>
        <translation>Pasport (%1)</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="94"/>
        <source>NRIC</source>
        <translation>No. Kad Pengenalan</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="103"/>
        <source>Part-time</source>
        <translation>Separuh masa</translation>
    </message>
    <message>
        <location filename="../models/domain/statementcontent.cpp" line="103"/>
        <source>Part-time, on %1</source>
        <translation>Separuh masa, melalui %1</translation>
    </message>
</context>
<context>
    <name>mcs::StatementIssuer</name>
    <message>
        <location filename="../models/output/statementissuer.cpp" line="85"/>
        <source>the issuer&apos;s key in the database is damaged (key %1)</source>
        <translation>kunci pengeluar dalam pangkalan data rosak (kunci %1)</translation>
    </message>
    <message>
        <location filename="../models/output/statementissuer.cpp" line="215"/>
        <source>there is no statement %1</source>
        <translation>tiada penyata %1</translation>
    </message>
    <message>
        <location filename="../models/output/statementissuer.cpp" line="242"/>
        <source>statement %1 was revoked (%2); no badge is issued for it</source>
        <translation>penyata %1 telah dibatalkan (%2); tiada lencana dikeluarkan untuknya</translation>
    </message>
    <message>
        <location filename="../models/output/statementissuer.cpp" line="263"/>
        <source>Completed the assessments of %1 (%2) with grade %3; the result was confirmed by the University Senate on %4.</source>
        <translation>Telah melengkapkan penilaian %1 (%2) dengan gred %3; keputusan disahkan oleh Senat Universiti pada %4.</translation>
    </message>
</context>
<context>
    <name>mcs::StatementRenderer</name>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="134"/>
        <source>MALAYSIAN MICRO-CREDENTIAL STATEMENT</source>
        <translation>PENYATA MIKRO-KREDENSIAL MALAYSIA</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="137"/>
        <source>Serial no. %1</source>
        <translation>No. siri %1</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="152"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="153"/>
        <source>NRIC</source>
        <translation>No. Kad Pengenalan</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="154"/>
        <source>Course name</source>
        <translation>Nama kursus</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="155"/>
        <source>Programme (course origin)</source>
        <translation>Program (asal kursus)</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="156"/>
        <source>Awarding institution</source>
        <translation>Institusi penganugerah</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="158"/>
        <source>Language of instruction and examination</source>
        <translation>Bahasa pengantar dan peperiksaan</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="159"/>
        <source>Delivery</source>
        <translation>Penyampaian</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="160"/>
        <source>Mode of study</source>
        <translation>Mod pengajian</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="161"/>
        <source>Course level</source>
        <translation>Tahap kursus</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="162"/>
        <source>Credit hours / equivalent</source>
        <translation>Jam kredit / setara</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="163"/>
        <source>1 credit</source>
        <translation>1 kredit</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="163"/>
        <source>%1 credits</source>
        <translation>%1 kredit</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="164"/>
        <source>Student learning time</source>
        <translation>Masa pembelajaran pelajar</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="164"/>
        <source>%1 hours (notional)</source>
        <translation>%1 jam (tanggapan)</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="165"/>
        <source>Duration</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="166"/>
        <source>Enrolment requirements</source>
        <translation>Syarat pendaftaran</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="172"/>
        <source>Course learning outcomes</source>
        <translation>Hasil Pembelajaran Kursus</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="180"/>
        <source>Assessment and result</source>
        <translation>Penilaian dan keputusan</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="183"/>
        <source>Formative (continuous)</source>
        <translation>Formatif (berterusan)</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="183"/>
        <source>Summative (final)</source>
        <translation>Sumatif (akhir)</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="183"/>
        <source>Grade</source>
        <translation>Gred</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="197"/>
        <source>Quality assurance</source>
        <translation>Jaminan kualiti</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="201"/>
        <source>Date of official seal of award</source>
        <translation>Tarikh meterai rasmi penganugerahan</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="213"/>
        <source>Scan to verify</source>
        <translation>Imbas untuk mengesahkan</translation>
    </message>
    <message>
        <location filename="../models/output/statementrenderer.cpp" line="218"/>
        <source>To verify this statement, scan the code or contact %1</source>
        <translation>Untuk mengesahkan penyata ini, imbas kod atau hubungi %1</translation>
    </message>
</context>
<context>
    <name>mcs::StatementRepository</name>
    <message>
        <location filename="../models/storage/statementrepository.cpp" line="134"/>
        <source>there is no such enrolment</source>
        <translation>tiada pendaftaran sedemikian</translation>
    </message>
    <message>
        <location filename="../models/storage/statementrepository.cpp" line="140"/>
        <source>statement %1 was revoked (%2); it is not issued again</source>
        <translation>penyata %1 telah dibatalkan (%2); ia tidak dikeluarkan semula</translation>
    </message>
    <message>
        <location filename="../models/storage/statementrepository.cpp" line="149"/>
        <source>the result is not a pass</source>
        <translation>keputusan bukan lulus</translation>
    </message>
    <message>
        <location filename="../models/storage/statementrepository.cpp" line="150"/>
        <source>Senate has not approved the result yet</source>
        <translation>Senat belum meluluskan keputusan ini</translation>
    </message>
    <message>
        <location filename="../models/storage/statementrepository.cpp" line="173"/>
        <source>statement %1 could not be signed</source>
        <translation>penyata %1 tidak dapat ditandatangani</translation>
    </message>
    <message>
        <location filename="../models/storage/statementrepository.cpp" line="204"/>
        <source>give the reason for revoking %1</source>
        <translation>berikan sebab pembatalan %1</translation>
    </message>
    <message>
        <location filename="../models/storage/statementrepository.cpp" line="209"/>
        <source>there is no statement %1</source>
        <translation>tiada penyata %1</translation>
    </message>
    <message>
        <location filename="../models/storage/statementrepository.cpp" line="212"/>
        <source>statement %1 was already revoked (%2)</source>
        <translation>penyata %1 sudah dibatalkan (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/statementrepository.cpp" line="221"/>
        <source>statement %1 was revoked meanwhile</source>
        <translation>penyata %1 telah dibatalkan sementara itu</translation>
    </message>
    <message>
        <location filename="../models/storage/statementrepository.cpp" line="276"/>
        <source>there is no enrolment %1</source>
        <translation>tiada pendaftaran %1</translation>
    </message>
</context>
<context>
    <name>mcs::StatementRosterModel</name>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="79"/>
        <source>Revoked on %1: %2</source>
        <translation>Dibatalkan pada %1: %2</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="90"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="96"/>
        <source>Enrolled</source>
        <translation>Berdaftar</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="97"/>
        <source>Pass</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="98"/>
        <source>Fail</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="99"/>
        <source>Withdrawn</source>
        <translation>Menarik diri</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="108"/>
        <source>Not eligible</source>
        <translation>Tidak layak</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="109"/>
        <source>Awaiting Senate approval</source>
        <translation>Menunggu kelulusan Senat</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="110"/>
        <source>Ready to issue</source>
        <translation>Sedia dikeluarkan</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="112"/>
        <source>Issued %1</source>
        <translation>Dikeluarkan %1</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="113"/>
        <source>Revoked: %1</source>
        <translation>Dibatalkan: %1</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="124"/>
        <source>Learner</source>
        <translation>Pelajar</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="125"/>
        <source>NRIC / passport</source>
        <translation>No. K/P / pasport</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="126"/>
        <source>Marks</source>
        <translation>Markah</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="127"/>
        <source>Grade</source>
        <translation>Gred</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="128"/>
        <source>Result</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="129"/>
        <source>Senate approved</source>
        <translation>Diluluskan Senat</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="130"/>
        <source>Serial</source>
        <translation>Nombor siri</translation>
    </message>
    <message>
        <location filename="../models/items/statementrostermodel.cpp" line="131"/>
        <source>Statement</source>
        <translation>Penyata</translation>
    </message>
</context>
<context>
    <name>mcs::StatementVerifier</name>
    <message>
        <location filename="../models/output/statementverifier.cpp" line="38"/>
        <source>the token names no statement serial</source>
        <translation>token tidak menamakan no. siri penyata</translation>
    </message>
    <message>
        <location filename="../models/output/statementverifier.cpp" line="43"/>
        <source>revoked: statement %1 was revoked (%2)</source>
        <translation>dibatalkan: penyata %1 telah dibatalkan (%2)</translation>
    </message>
</context>
<context>
    <name>mcs::StatementsTab</name>
    <message>
        <location filename="../forms/statementstab.cpp" line="58"/>
        <source>&amp;Issue and Print…</source>
        <translation>&amp;Keluarkan dan Cetak…</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="59"/>
        <source>&amp;Export PDFs…</source>
        <translation>&amp;Eksport PDF…</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="60"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Batalkan…</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="61"/>
        <source>Export &amp;Badge…</source>
        <translation>Eksport &amp;Lencana…</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="62"/>
        <source>Import &amp;Results…</source>
        <translation>Import &amp;Keputusan…</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="70"/>
        <source>&amp;Course:</source>
        <translation>&amp;Kursus:</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="72"/>
        <source>&amp;Offering:</source>
        <translation>&amp;Tawaran:</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="93"/>
        <source>Issue statements to the selected learners (or every eligible learner) and print them</source>
        <translation>Keluarkan penyata kepada pelajar yang dipilih (atau setiap pelajar yang layak) dan cetak</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="94"/>
        <source>Issue and write one PDF per eligible learner, named by serial</source>
        <translation>Keluarkan dan tulis satu PDF bagi setiap pelajar yang layak, dinamakan mengikut nombor siri</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="95"/>
        <source>Revoke the selected learner&apos;s statement, with the reason</source>
        <translation>Batalkan penyata pelajar yang dipilih, beserta sebabnya</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="96"/>
        <source>Write the selected learner&apos;s Open Badges 3.0 credential</source>
        <translation>Tulis kelayakan Open Badges 3.0 pelajar yang dipilih</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="97"/>
        <source>Read learners and results of this offering from a CSV file</source>
        <translation>Baca pelajar dan keputusan tawaran ini daripada fail CSV</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="101"/>
        <source>English</source>
        <translation>Bahasa Inggeris</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="102"/>
        <source>Bahasa Melayu</source>
        <translation>Bahasa Melayu</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="103"/>
        <source>The language statements are printed and exported in, whatever the interface&apos;s</source>
        <translation>Bahasa penyata dicetak dan dieksport, tanpa mengira bahasa antara muka</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="109"/>
        <source>Statement &amp;language:</source>
        <translation>Bahasa &amp;penyata:</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="206"/>
        <location filename="../forms/statementstab.cpp" line="241"/>
        <source>Statements</source>
        <translation>Penyata</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="211"/>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="216"/>
        <source>No offering yet</source>
        <translation>Belum ada tawaran</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="248"/>
        <source>%1 learner(s): %2 issued, %3 ready to issue, %4 awaiting Senate approval, %5 not eligible, %6 revoked</source>
        <translation>%1 pelajar: %2 dikeluarkan, %3 sedia dikeluarkan, %4 menunggu kelulusan Senat, %5 tidak layak, %6 dibatalkan</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="294"/>
        <location filename="../forms/statementstab.cpp" line="298"/>
        <location filename="../forms/statementstab.cpp" line="301"/>
        <source>Issue Statements</source>
        <translation>Keluarkan Penyata</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="299"/>
        <source>These statements were revoked and are not issued again:
%1</source>
        <translation>Penyata ini telah dibatalkan dan tidak dikeluarkan semula:
%1</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="301"/>
        <location filename="../forms/statementstab.cpp" line="345"/>
        <source>None of these learners has a Senate-approved pass.</source>
        <translation>Tiada pelajar ini yang mempunyai lulus yang diluluskan Senat.</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="308"/>
        <source>Statements %1</source>
        <translation>Penyata %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/statementstab.cpp" line="310"/>
        <source>Print Statements (%n page(s))</source>
        <translation>
            <numerusform>Cetak Penyata (%n halaman)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="328"/>
        <source>Export Statements as PDF — Choose a Folder</source>
        <translation>Eksport Penyata sebagai PDF — Pilih Folder</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="341"/>
        <location filename="../forms/statementstab.cpp" line="345"/>
        <location filename="../forms/statementstab.cpp" line="357"/>
        <location filename="../forms/statementstab.cpp" line="374"/>
        <location filename="../forms/statementstab.cpp" line="376"/>
        <location filename="../forms/statementstab.cpp" line="380"/>
        <source>Export Statements</source>
        <translation>Eksport Penyata</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/statementstab.cpp" line="355"/>
        <source>Writing %n statement(s)…</source>
        <translation>
            <numerusform>Menulis %n penyata…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="355"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/statementstab.cpp" line="377"/>
        <source>Cancelled: %n complete PDF(s) were kept in %1.</source>
        <translation>
            <numerusform>Dibatalkan: %n PDF lengkap disimpan dalam %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/statementstab.cpp" line="381"/>
        <source>%n PDF(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="405"/>
        <location filename="../forms/statementstab.cpp" line="415"/>
        <source>Revoke Statement</source>
        <translation>Batalkan Penyata</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="406"/>
        <source>Why is statement %1 of %2 revoked? The reason is kept and shown to anyone who verifies it.</source>
        <translation>Mengapa penyata %1 bagi %2 dibatalkan? Sebabnya disimpan dan ditunjukkan kepada sesiapa yang mengesahkannya.</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="426"/>
        <location filename="../forms/statementstab.cpp" line="435"/>
        <location filename="../forms/statementstab.cpp" line="440"/>
        <location filename="../forms/statementstab.cpp" line="443"/>
        <source>Export Badge</source>
        <translation>Eksport Lencana</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="427"/>
        <source>Open Badge credential (*.json);;Signed VC-JWT (*.jwt)</source>
        <translation>Kelayakan Open Badge (*.json);;VC-JWT bertandatangan (*.jwt)</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="440"/>
        <source>%1 could not be written.</source>
        <translation>%1 tidak dapat ditulis.</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="444"/>
        <source>The badge of %1 was written to %2.</source>
        <translation>Lencana %1 ditulis ke %2.</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="445"/>
        <source>The learner can add it to a LinkedIn profile with this link:&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;Add to profile&lt;/a&gt;</source>
        <translation>Pelajar boleh menambahkannya pada profil LinkedIn dengan pautan ini:&lt;br&gt;&lt;a href=&quot;%1&quot;&gt;Tambah ke profil&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="456"/>
        <location filename="../forms/statementstab.cpp" line="461"/>
        <location filename="../forms/statementstab.cpp" line="473"/>
        <location filename="../forms/statementstab.cpp" line="481"/>
        <source>Import Results</source>
        <translation>Import Keputusan</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="456"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fail CSV (*.csv);;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../forms/statementstab.cpp" line="461"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/statementstab.cpp" line="474"/>
        <source>Nothing was imported: %n problem(s) in %1.</source>
        <translation>
            <numerusform>Tiada apa-apa diimport: %n masalah dalam %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../forms/statementstab.cpp" line="482"/>
        <source>%n learner(s) read: %1 new learner(s), %2 new result(s), %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>%n pelajar dibaca: %1 pelajar baharu, %2 keputusan baharu, %3 dikemas kini, %4 tidak berubah.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcs::Table4Csv</name>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="67"/>
        <source>line %1</source>
        <translation>baris %1</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="69"/>
        <source>column &apos;%1&apos;</source>
        <translation>lajur &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="88"/>
        <source>the file is not UTF-8 text</source>
        <translation>fail ini bukan teks UTF-8</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="97"/>
        <location filename="../models/domain/table4csv.cpp" line="114"/>
        <location filename="../models/domain/table4csv.cpp" line="132"/>
        <source>field %1</source>
        <translation>medan %1</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="104"/>
        <source>the header row is missing (%1)</source>
        <translation>baris pengepala tiada (%1)</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="115"/>
        <source>the column has no name</source>
        <translation>lajur tidak bernama</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="116"/>
        <source>unknown column (expected %1)</source>
        <translation>lajur tidak dikenali (dijangka %1)</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="118"/>
        <source>the column appears twice</source>
        <translation>lajur muncul dua kali</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="123"/>
        <source>required column is missing</source>
        <translation>lajur wajib tiada</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="133"/>
        <source>the row has more fields than the header&apos;s %1</source>
        <translation>baris ini mempunyai lebih banyak medan daripada %1 medan pengepala</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="146"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; bukan nombor</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="153"/>
        <source>the unit number is empty</source>
        <translation>nombor unit kosong</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="154"/>
        <source>&apos;%1&apos; is not a unit number</source>
        <translation>&apos;%1&apos; bukan nombor unit</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="174"/>
        <source>the activity is empty</source>
        <translation>aktiviti kosong</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="179"/>
        <source>unknown activity &apos;%1&apos; (expected %2)</source>
        <translation>aktiviti &apos;%1&apos; tidak dikenali (dijangka %2)</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="183"/>
        <source>the quantity is empty</source>
        <translation>kuantiti kosong</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="193"/>
        <source>unknown mode &apos;%1&apos; (expected physical, online_sync or online_async)</source>
        <translation>mod &apos;%1&apos; tidak dikenali (dijangka physical, online_sync atau online_async)</translation>
    </message>
    <message>
        <location filename="../models/domain/table4csv.cpp" line="196"/>
        <source>unknown assessment kind &apos;%1&apos; (expected formative, continuous, final or blank)</source>
        <translation>jenis penilaian &apos;%1&apos; tidak dikenali (dijangka formative, continuous, final atau kosong)</translation>
    </message>
</context>
<context>
    <name>mcs::Table4Delegate</name>
    <message>
        <location filename="../forms/table4delegate.cpp" line="83"/>
        <source>%1–%2 min per %3</source>
        <translation>%1–%2 min bagi setiap %3</translation>
    </message>
    <message>
        <location filename="../forms/table4delegate.cpp" line="84"/>
        <source>%1 min per %2</source>
        <translation>%1 min bagi setiap %2</translation>
    </message>
    <message>
        <location filename="../forms/table4delegate.cpp" line="85"/>
        <source>rate required, per %1</source>
        <translation>kadar wajib diberi, bagi setiap %1</translation>
    </message>
    <message>
        <location filename="../forms/table4delegate.cpp" line="87"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../forms/table4delegate.cpp" line="93"/>
        <source>Physical</source>
        <translation>Fizikal</translation>
    </message>
    <message>
        <location filename="../forms/table4delegate.cpp" line="94"/>
        <source>Online synchronous</source>
        <translation>Dalam talian segerak</translation>
    </message>
    <message>
        <location filename="../forms/table4delegate.cpp" line="95"/>
        <source>Independent (online async)</source>
        <translation>Kendiri (dalam talian tak segerak)</translation>
    </message>
    <message>
        <location filename="../forms/table4delegate.cpp" line="100"/>
        <source>Not graded</source>
        <translation>Tidak bergred</translation>
    </message>
    <message>
        <location filename="../forms/table4delegate.cpp" line="101"/>
        <source>Formative</source>
        <translation>Formatif</translation>
    </message>
    <message>
        <location filename="../forms/table4delegate.cpp" line="102"/>
        <source>Continuous</source>
        <translation>Berterusan</translation>
    </message>
    <message>
        <location filename="../forms/table4delegate.cpp" line="103"/>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <location filename="../forms/table4delegate.cpp" line="117"/>
        <source>Blank = the default rate. %1</source>
        <translation>Kosong = kadar lalai. %1</translation>
    </message>
</context>
<context>
    <name>mcs::Table4Editor</name>
    <message>
        <location filename="../forms/table4editor.cpp" line="75"/>
        <source>Add unit</source>
        <translation>Tambah unit</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="75"/>
        <source>Add a learning unit (week or topic) after the current one</source>
        <translation>Tambah unit pembelajaran (minggu atau topik) selepas unit semasa</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="77"/>
        <source>Add activity</source>
        <translation>Tambah aktiviti</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="77"/>
        <source>Add an activity after the current row (Insert)</source>
        <translation>Tambah aktiviti selepas baris semasa (Insert)</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="79"/>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="79"/>
        <source>Remove the selected activities or units (Delete)</source>
        <translation>Buang aktiviti atau unit yang dipilih (Delete)</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="81"/>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="81"/>
        <source>Move the selected activities up (Ctrl+Up)</source>
        <translation>Naikkan aktiviti yang dipilih (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="83"/>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="83"/>
        <source>Move the selected activities down (Ctrl+Down)</source>
        <translation>Turunkan aktiviti yang dipilih (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="87"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="87"/>
        <source>Copy the selected activities (also as tab-separated text for a spreadsheet)</source>
        <translation>Salin aktiviti yang dipilih (juga sebagai teks dipisahkan tab untuk hamparan)</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="89"/>
        <source>Paste</source>
        <translation>Tampal</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="89"/>
        <source>Paste activities or rows copied from a spreadsheet after the current row</source>
        <translation>Tampal aktiviti atau baris yang disalin daripada hamparan selepas baris semasa</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="101"/>
        <source>Import Table 4 from CSV…</source>
        <translation>Import Jadual 4 daripada CSV…</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="103"/>
        <source>Export Table 4 as CSV…</source>
        <translation>Eksport Jadual 4 sebagai CSV…</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="105"/>
        <source>Export Table 4 summary as XLSX…</source>
        <translation>Eksport ringkasan Jadual 4 sebagai XLSX…</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="107"/>
        <source>Export Table 4 summary as PDF…</source>
        <translation>Eksport ringkasan Jadual 4 sebagai PDF…</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="109"/>
        <source>MQA summary</source>
        <translation>Ringkasan MQA</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="111"/>
        <source>Show the read-only, printable MQA-style Table 4 summary</source>
        <translation>Tunjukkan ringkasan Jadual 4 gaya MQA (baca sahaja, boleh dicetak)</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="183"/>
        <source>New unit</source>
        <translation>Unit baharu</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="275"/>
        <source>SLT rates: version %1</source>
        <translation>Kadar MPP: versi %1</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="276"/>
        <source>Table 4 is computed with SLT rate table version %1 (Tools › SLT Rates).</source>
        <translation>Jadual 4 dikira dengan jadual kadar MPP versi %1 (Alatan › Kadar MPP).</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="279"/>
        <source>Upgrade to Version %1…</source>
        <translation>Naik Taraf ke Versi %1…</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="280"/>
        <source>See how the totals would change under rate table version %1, then upgrade in one undo step</source>
        <translation>Lihat bagaimana jumlah berubah di bawah jadual kadar versi %1, kemudian naik taraf dalam satu langkah buat asal</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="296"/>
        <source>Unit %1</source>
        <translation>Unit %1</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="297"/>
        <source>Unit %1 (%2)</source>
        <translation>Unit %1 (%2)</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="310"/>
        <location filename="../forms/table4editor.cpp" line="320"/>
        <source>Nothing pasted: %1</source>
        <translation>Tiada apa-apa ditampal: %1</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="354"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="360"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="383"/>
        <location filename="../forms/table4editor.cpp" line="388"/>
        <source>Import Table 4</source>
        <translation>Import Jadual 4</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="383"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fail CSV (*.csv);;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="388"/>
        <source>Nothing was imported.

%1</source>
        <translation>Tiada apa-apa diimport.

%1</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="393"/>
        <source>Export Table 4 as CSV</source>
        <translation>Eksport Jadual 4 sebagai CSV</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="394"/>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="397"/>
        <location filename="../forms/table4editor.cpp" line="406"/>
        <location filename="../forms/table4editor.cpp" line="415"/>
        <source>Export Table 4</source>
        <translation>Eksport Jadual 4</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="402"/>
        <source>Export Table 4 summary as XLSX</source>
        <translation>Eksport ringkasan Jadual 4 sebagai XLSX</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="403"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="411"/>
        <source>Export Table 4 summary as PDF</source>
        <translation>Eksport ringkasan Jadual 4 sebagai PDF</translation>
    </message>
    <message>
        <location filename="../forms/table4editor.cpp" line="412"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>mcs::Table4Export</name>
    <message>
        <location filename="../models/output/table4export.cpp" line="27"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/output/table4export.cpp" line="48"/>
        <source>%1: cannot be written</source>
        <translation>%1: tidak dapat ditulis</translation>
    </message>
</context>
<context>
    <name>mcs::Table4Import</name>
    <message>
        <location filename="../models/items/table4import.cpp" line="23"/>
        <source>Import Table 4</source>
        <translation>Import Jadual 4</translation>
    </message>
</context>
<context>
    <name>mcs::Table4Model</name>
    <message>
        <location filename="../models/items/table4model.cpp" line="41"/>
        <source>Physical</source>
        <translation>Fizikal</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="42"/>
        <source>Online sync</source>
        <translation>Dalam talian segerak</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="43"/>
        <source>Independent</source>
        <translation>Kendiri</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="52"/>
        <source>Formative</source>
        <translation>Formatif</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="53"/>
        <source>Continuous</source>
        <translation>Berterusan</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="54"/>
        <source>Final</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="63"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="245"/>
        <source>Unit %1: %2</source>
        <translation>Unit %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/table4model.cpp" line="249"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n aktiviti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="257"/>
        <source>Sum of the planned SLT of this unit&apos;s activities (quantity × rate ÷ 60)</source>
        <translation>Jumlah MPP rancangan bagi aktiviti unit ini (kuantiti × kadar ÷ 60)</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="287"/>
        <source>%1–%2 min per %3 (default %4)</source>
        <translation>%1–%2 min bagi setiap %3 (lalai %4)</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="289"/>
        <source>fixed: %1 min per %2</source>
        <translation>tetap: %1 min bagi setiap %2</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="290"/>
        <source>no guideline range: give the rate</source>
        <translation>tiada julat garis panduan: berikan kadarnya</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="302"/>
        <source>%1: quantity in %2, %3</source>
        <translation>%1: kuantiti dalam %2, %3</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="318"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="324"/>
        <source>Outside the guideline range (2.2): %1</source>
        <translation>Di luar julat garis panduan (2.2): %1</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="325"/>
        <source>SLT minutes per unit; blank = default. %1</source>
        <translation>Minit MPP seunit; kosong = lalai. %1</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="344"/>
        <source>Independent learning: online asynchronous</source>
        <translation>Pembelajaran kendiri: dalam talian tak segerak</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="360"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="370"/>
        <source>Quantity × rate (SLT minutes per unit) ÷ 60</source>
        <translation>Kuantiti × kadar (minit MPP seunit) ÷ 60</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="392"/>
        <source>Activity</source>
        <translation>Aktiviti</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="393"/>
        <source>Quantity</source>
        <translation>Kuantiti</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="394"/>
        <source>Rate (min)</source>
        <translation>Kadar (min)</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="395"/>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="396"/>
        <source>CLOs</source>
        <translation>HPK</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="397"/>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="398"/>
        <source>Weight</source>
        <translation>Wajaran</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="399"/>
        <source>SLT (h)</source>
        <translation>MPP (jam)</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="405"/>
        <source>SLT minutes per unit of quantity (2.2); blank takes the range&apos;s midpoint</source>
        <translation>Minit MPP bagi setiap unit kuantiti (2.2); kosong mengambil titik tengah julat</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="406"/>
        <source>Planned student learning time in hours: quantity × rate ÷ 60</source>
        <translation>Masa pembelajaran pelajar rancangan dalam jam: kuantiti × kadar ÷ 60</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="407"/>
        <source>Percent of the final grade (continuous and final assessments, 1.5 f)</source>
        <translation>Peratus gred akhir (penilaian berterusan dan akhir, 1.5 f)</translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="518"/>
        <source>Add activity</source>
        <translation>Tambah aktiviti</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/table4model.cpp" line="519"/>
        <source>Add %n activities</source>
        <translation>
            <numerusform>Tambah %n aktiviti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="521"/>
        <source>Unit 1</source>
        <translation>Unit 1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/table4model.cpp" line="545"/>
        <source>Remove %n rows</source>
        <translation>
            <numerusform>Buang %n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/items/table4model.cpp" line="573"/>
        <location filename="../models/items/table4model.cpp" line="631"/>
        <source>Move %n activities</source>
        <translation>
            <numerusform>Alih %n aktiviti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/items/table4model.cpp" line="710"/>
        <source>The clipboard holds no activities</source>
        <translation>Papan keratan tidak mengandungi aktiviti</translation>
    </message>
</context>
<context>
    <name>mcs::Table4SummaryRenderer</name>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="54"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="54"/>
        <source>Topic / assessment</source>
        <translation>Topik / penilaian</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="54"/>
        <source>Weight (%)</source>
        <translation>Wajaran (%)</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="54"/>
        <source>Physical (h)</source>
        <translation>Fizikal (jam)</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="54"/>
        <source>Online sync (h)</source>
        <translation>Dalam talian segerak (jam)</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="55"/>
        <source>Independent (h)</source>
        <translation>Kendiri (jam)</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="55"/>
        <source>Total SLT (h)</source>
        <translation>Jumlah MPP (jam)</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="63"/>
        <source>Continuous assessment</source>
        <translation>Penilaian berterusan</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="66"/>
        <source>Final assessment</source>
        <translation>Penilaian akhir</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="70"/>
        <source>Total SLT</source>
        <translation>Jumlah MPP</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="73"/>
        <source>Credit value (total SLT / 40 h)</source>
        <translation>Nilai kredit (jumlah MPP / 40 jam)</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="137"/>
        <source>Table 4: Student Learning Time (SLT)</source>
        <translation>Jadual 4: Masa Pembelajaran Pelajar (MPP)</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="145"/>
        <source>rate table version %1 (guideline 2.2); 1 credit = 40 hours of SLT (MQF)</source>
        <translation>jadual kadar versi %1 (garis panduan 2.2); 1 kredit = 40 jam MPP (MQF)</translation>
    </message>
    <message>
        <location filename="../models/output/table4summaryrenderer.cpp" line="217"/>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 daripada %2</translation>
    </message>
</context>
<context>
    <name>mcs::Table4Workbook</name>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="84"/>
        <source>cannot create a temporary directory: %1</source>
        <translation>tidak dapat mencipta direktori sementara: %1</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="91"/>
        <source>cannot start the workbook</source>
        <translation>tidak dapat memulakan buku kerja</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="94"/>
        <source>Table 4</source>
        <translation>Jadual 4</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="103"/>
        <source>Table 4: Student Learning Time (SLT) summary</source>
        <translation>Jadual 4: Ringkasan Masa Pembelajaran Pelajar (MPP)</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="105"/>
        <source>%1 Rate table version %2 (guideline 2.2); 1 credit = 40 hours of SLT (MQF).</source>
        <translation>%1 Jadual kadar versi %2 (garis panduan 2.2); 1 kredit = 40 jam MPP (MQF).</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="110"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="110"/>
        <source>Topic / assessment</source>
        <translation>Topik / penilaian</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="110"/>
        <source>Weight (%)</source>
        <translation>Wajaran (%)</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="110"/>
        <source>Physical (h)</source>
        <translation>Fizikal (jam)</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="111"/>
        <source>Online synchronous (h)</source>
        <translation>Dalam talian segerak (jam)</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="111"/>
        <source>Independent: online asynchronous (h)</source>
        <translation>Kendiri: dalam talian tak segerak (jam)</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="112"/>
        <source>Total SLT (h)</source>
        <translation>Jumlah MPP (jam)</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="171"/>
        <source>Continuous assessment</source>
        <translation>Penilaian berterusan</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="172"/>
        <source>Final assessment</source>
        <translation>Penilaian akhir</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="175"/>
        <source>Total SLT</source>
        <translation>Jumlah MPP</translation>
    </message>
    <message>
        <location filename="../models/output/table4workbook.cpp" line="182"/>
        <source>Credit value (total SLT / 40 h)</source>
        <translation>Nilai kredit (jumlah MPP / 40 jam)</translation>
    </message>
</context>
<context>
    <name>mcs::TaskListModel</name>
    <message>
        <location filename="../models/items/tasklistmodel.cpp" line="95"/>
        <source>Nobody: offered</source>
        <translation>Tiada sesiapa: ditawarkan</translation>
    </message>
    <message>
        <location filename="../models/items/tasklistmodel.cpp" line="99"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/items/tasklistmodel.cpp" line="124"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../models/items/tasklistmodel.cpp" line="125"/>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <location filename="../models/items/tasklistmodel.cpp" line="126"/>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <location filename="../models/items/tasklistmodel.cpp" line="127"/>
        <source>Waiting for</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../models/items/tasklistmodel.cpp" line="128"/>
        <source>Last step</source>
        <translation>Langkah terakhir</translation>
    </message>
    <message>
        <location filename="../models/items/tasklistmodel.cpp" line="129"/>
        <source>Comment</source>
        <translation>Ulasan</translation>
    </message>
</context>
<context>
    <name>mcs::TasksView</name>
    <message>
        <location filename="../forms/tasksview.cpp" line="38"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Segar semula</translation>
    </message>
    <message>
        <location filename="../forms/tasksview.cpp" line="82"/>
        <source>The tasks could not be read: %1</source>
        <translation>Tugasan tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../forms/tasksview.cpp" line="89"/>
        <source>Waiting for me (%1)</source>
        <translation>Menunggu saya (%1)</translation>
    </message>
    <message>
        <location filename="../forms/tasksview.cpp" line="91"/>
        <source>I submitted (%1)</source>
        <translation>Saya hantar (%1)</translation>
    </message>
    <message>
        <location filename="../forms/tasksview.cpp" line="92"/>
        <source>All (%1)</source>
        <translation>Semua (%1)</translation>
    </message>
    <message>
        <location filename="../forms/tasksview.cpp" line="95"/>
        <source>Courses whose next step is yours to take. Double-click one to open it.</source>
        <translation>Kursus yang langkah seterusnya perlu anda ambil. Klik dua kali untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../forms/tasksview.cpp" line="98"/>
        <source>Courses you submitted or resubmitted, wherever they are now.</source>
        <translation>Kursus yang anda hantar atau hantar semula, di mana-mana sahaja ia kini.</translation>
    </message>
    <message>
        <location filename="../forms/tasksview.cpp" line="101"/>
        <source>Every course; those waiting for you are in bold.</source>
        <translation>Setiap kursus; yang menunggu anda ditulis tebal.</translation>
    </message>
</context>
<context>
    <name>mcs::VerifyStatementDialog</name>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="20"/>
        <source>Verify Statement</source>
        <translation>Sahkan Penyata</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="21"/>
        <source>Paste the web address from a statement&apos;s QR code, or the token alone:</source>
        <translation>Tampal alamat web daripada kod QR penyata, atau token sahaja:</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="23"/>
        <source>https://…/eyJhbGciOiJFZERTQSIs…</source>
        <translation>https://…/eyJhbGciOiJFZERTQSIs…</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="34"/>
        <source>&amp;Verify</source>
        <translation>&amp;Sahkan</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="36"/>
        <source>Add Public &amp;Key…</source>
        <translation>Tambah &amp;Kunci Awam…</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="37"/>
        <source>Also trust a public key (PEM) from another issuer or an older database</source>
        <translation>Percayai juga kunci awam (PEM) daripada pengeluar lain atau pangkalan data lama</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="62"/>
        <source>nothing to verify</source>
        <translation>tiada apa-apa untuk disahkan</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="67"/>
        <source>NOT VALID: %1</source>
        <translation>TIDAK SAH: %1</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="68"/>
        <source>&lt;p style=&apos;font-size:large;color:#b02020&apos;&gt;&lt;b&gt;NOT VALID&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large;color:#b02020&apos;&gt;&lt;b&gt;TIDAK SAH&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="72"/>
        <source>VALID</source>
        <translation>SAH</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="75"/>
        <source>Serial</source>
        <translation>Nombor siri</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="75"/>
        <source>Learner</source>
        <translation>Pelajar</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="75"/>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="76"/>
        <source>Title</source>
        <translation>Tajuk</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="76"/>
        <source>Grade</source>
        <translation>Gred</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="76"/>
        <source>Awarded</source>
        <translation>Dianugerahkan</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="77"/>
        <source>Issued by</source>
        <translation>Dikeluarkan oleh</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="82"/>
        <source>&lt;p style=&apos;font-size:large;color:#1e6b30&apos;&gt;&lt;b&gt;VALID&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The signature is the issuer&apos;s and the statement has not been revoked.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large;color:#1e6b30&apos;&gt;&lt;b&gt;SAH&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tandatangan ini milik pengeluar dan penyata belum dibatalkan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="90"/>
        <location filename="../forms/verifystatementdialog.cpp" line="96"/>
        <source>Add Public Key</source>
        <translation>Tambah Kunci Awam</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="90"/>
        <source>PEM public keys (*.pem);;All files (*)</source>
        <translation>Kunci awam PEM (*.pem);;Semua fail (*)</translation>
    </message>
    <message>
        <location filename="../forms/verifystatementdialog.cpp" line="96"/>
        <source>%1 is not an Ed25519 public key in PEM form.</source>
        <translation>%1 bukan kunci awam Ed25519 dalam bentuk PEM.</translation>
    </message>
</context>
<context>
    <name>mcs::Workflow</name>
    <message>
        <location filename="../models/domain/workflow.cpp" line="19"/>
        <source>Submit to head of PTj</source>
        <translation>Hantar kepada Ketua PTj</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="20"/>
        <source>Resubmit</source>
        <translation>Hantar semula</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="21"/>
        <source>Endorse</source>
        <translation>Sokong</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="22"/>
        <location filename="../models/domain/workflow.cpp" line="24"/>
        <source>Return for revision</source>
        <translation>Kembalikan untuk pindaan</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="23"/>
        <source>Start CFLEX review</source>
        <translation>Mulakan semakan CFLEX</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="25"/>
        <source>Approve for development</source>
        <translation>Luluskan untuk pembangunan</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="26"/>
        <source>Start development</source>
        <translation>Mulakan pembangunan</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="27"/>
        <source>Record SME vetting</source>
        <translation>Rekod penyemakan SME</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="28"/>
        <source>Record committee presentation</source>
        <translation>Rekod pembentangan jawatankuasa</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="29"/>
        <source>Record Senate approval</source>
        <translation>Rekod kelulusan Senat</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="30"/>
        <source>Record registration</source>
        <translation>Rekod pendaftaran</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="31"/>
        <source>Mark as offered</source>
        <translation>Tandakan sebagai ditawarkan</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="137"/>
        <source>A course cannot go from “%1” to “%2”.</source>
        <translation>Kursus tidak boleh beralih daripada “%1” kepada “%2”.</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="139"/>
        <source>Only a person with the role “%1” may %2.</source>
        <translation>Hanya orang yang berperanan “%1” boleh %2.</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="142"/>
        <source>Only a lecturer of this course&apos;s team may do this.</source>
        <translation>Hanya pensyarah dalam pasukan kursus ini boleh melakukannya.</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="143"/>
        <source>Only the head of this course&apos;s PTj may do this.</source>
        <translation>Hanya Ketua PTj kursus ini boleh melakukannya.</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="144"/>
        <source>Only the SME appointed to this course may do this.</source>
        <translation>Hanya SME yang dilantik untuk kursus ini boleh melakukannya.</translation>
    </message>
    <message>
        <location filename="../models/domain/workflow.cpp" line="148"/>
        <source>Say what needs revising: returning a proposal needs a comment.</source>
        <translation>Nyatakan apa yang perlu dipinda: mengembalikan cadangan memerlukan ulasan.</translation>
    </message>
</context>
<context>
    <name>mcs::WorkflowPage</name>
    <message>
        <location filename="../forms/workflowpage.cpp" line="28"/>
        <location filename="../forms/workflowpage.cpp" line="185"/>
        <location filename="../forms/workflowpage.cpp" line="196"/>
        <source>Appoint SME</source>
        <translation>Lantik SME</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="39"/>
        <source>Comment for the thread: what was checked, what needs revising (required when returning a proposal)</source>
        <translation>Ulasan untuk bebenang: apa yang telah disemak, apa yang perlu dipinda (wajib apabila mengembalikan cadangan)</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="61"/>
        <source>Choose an SME, or type a login</source>
        <translation>Pilih SME, atau taip log masuk</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="62"/>
        <source>The people with the SME role in this database. To appoint someone not listed, type their login.</source>
        <translation>Orang yang berperanan SME dalam pangkalan data ini. Untuk melantik seseorang yang tiada dalam senarai, taip log masuk mereka.</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="72"/>
        <source>&lt;b&gt;Thread&lt;/b&gt; — every step with who took it, when, and their comment</source>
        <translation>&lt;b&gt;Bebenang&lt;/b&gt; — setiap langkah bersama siapa yang mengambilnya, bila, dan ulasannya</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="95"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;%2</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;%2</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="97"/>
        <source>Waiting for: %1</source>
        <translation>Menunggu: %1</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="98"/>
        <source>The course is ready to offer: the workflow is complete.</source>
        <translation>Kursus sedia untuk ditawarkan: aliran kerja telah selesai.</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="103"/>
        <source>Signed in as %1, acting in every role (local file or server owner).</source>
        <translation>Log masuk sebagai %1, bertindak dalam setiap peranan (fail setempat atau pemilik pelayan).</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="105"/>
        <source>Signed in as %1 (%2).</source>
        <translation>Log masuk sebagai %1 (%2).</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="107"/>
        <source>no workflow role</source>
        <translation>tiada peranan aliran kerja</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="114"/>
        <location filename="../forms/workflowpage.cpp" line="164"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="117"/>
        <source>No SME appointed yet (CFLEX appoints one to vet the content, milestone 7).</source>
        <translation>Belum ada SME dilantik (CFLEX melantik seorang untuk menyemak kandungan, tonggak 7).</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="118"/>
        <source>Appointed SME: %1</source>
        <translation>SME yang dilantik: %1</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="135"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="143"/>
        <source>Nothing for you to do here now: the next step is for the %1.</source>
        <translation>Tiada tindakan untuk anda di sini sekarang: langkah seterusnya adalah untuk %1.</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="186"/>
        <source>No one with the SME role has the login “%1” in this database.

Check the spelling. To appoint someone not listed, appoint them anyway: they can record the vetting once an administrator has given them the SME role.

Appoint “%1” anyway?</source>
        <translation>Tiada sesiapa yang berperanan SME mempunyai log masuk “%1” dalam pangkalan data ini.

Semak ejaannya. Untuk melantik seseorang yang tiada dalam senarai, lantik juga: mereka boleh merekodkan penyemakan setelah pentadbir memberi mereka peranan SME.

Lantik “%1” juga?</translation>
    </message>
    <message>
        <location filename="../forms/workflowpage.cpp" line="208"/>
        <source>Write in the comment what needs revising: the course team reads it in the thread.</source>
        <translation>Tulis dalam ulasan apa yang perlu dipinda: pasukan kursus membacanya dalam bebenang.</translation>
    </message>
</context>
<context>
    <name>mcs::WorkflowRepository</name>
    <message>
        <location filename="../models/storage/workflowrepository.cpp" line="32"/>
        <source>Course %1 changed since you opened it (your copy is version %2, the stored one %3); nothing was changed. Reload the course and try again.</source>
        <translation>Kursus %1 telah berubah sejak anda membukanya (salinan anda versi %2, yang tersimpan versi %3); tiada apa-apa diubah. Muat semula kursus dan cuba lagi.</translation>
    </message>
    <message>
        <location filename="../models/storage/workflowrepository.cpp" line="118"/>
        <location filename="../models/storage/workflowrepository.cpp" line="145"/>
        <location filename="../models/storage/workflowrepository.cpp" line="172"/>
        <source>The course was deleted by someone else; nothing was changed.</source>
        <translation>Kursus telah dipadam oleh orang lain; tiada apa-apa diubah.</translation>
    </message>
    <message>
        <location filename="../models/storage/workflowrepository.cpp" line="136"/>
        <source>The server&apos;s security layer is older than this MC Studio: ask the administrator to run &apos;mcstudio-cli server init&apos; again. (%1)</source>
        <translation>Lapisan keselamatan pelayan lebih lama daripada MC Studio ini: minta pentadbir menjalankan &apos;mcstudio-cli server init&apos; sekali lagi. (%1)</translation>
    </message>
    <message>
        <location filename="../models/storage/workflowrepository.cpp" line="183"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mcs::WorkflowThreadModel</name>
    <message>
        <location filename="../models/items/workflowthreadmodel.cpp" line="36"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../models/items/workflowthreadmodel.cpp" line="51"/>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <location filename="../models/items/workflowthreadmodel.cpp" line="52"/>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <location filename="../models/items/workflowthreadmodel.cpp" line="53"/>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <location filename="../models/items/workflowthreadmodel.cpp" line="54"/>
        <source>Comment</source>
        <translation>Ulasan</translation>
    </message>
</context>
<context>
    <name>mcs::Workspace</name>
    <message>
        <location filename="../models/items/workspace.cpp" line="34"/>
        <source>%1 already exists; the demonstration portfolio goes only into a new file</source>
        <translation>%1 sudah wujud; portfolio demonstrasi hanya ditulis ke dalam fail baharu</translation>
    </message>
    <message>
        <location filename="../models/items/workspace.cpp" line="87"/>
        <source>No database open</source>
        <translation>Tiada pangkalan data dibuka</translation>
    </message>
</context>
</TS>
