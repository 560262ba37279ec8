<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>FileLock</name>
    <message>
        <source>Cannot create the lock file for %1.</source>
        <translation>ไม่สามารถสร้างไฟล์ล็อกของ %1 ได้</translation>
    </message>
    <message>
        <source>The forum file %1 is already open in %2. Close it there first.</source>
        <translation>ไฟล์ประชาคม %1 เปิดใช้งานอยู่ใน%2 กรุณาปิดไฟล์จากโปรแกรมนั้นก่อน</translation>
    </message>
    <message>
        <source>program %1 (process %2) on %3</source>
        <translation>โปรแกรม %1 (รหัสโปรเซส %2) บนเครื่อง %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>%1 already exists: choose a new name.</source>
        <translation>มีไฟล์ %1 อยู่แล้ว กรุณาตั้งชื่อใหม่</translation>
    </message>
    <message>
        <source>%1 · every change is saved at once</source>
        <translation>%1 · ระบบบันทึกทุกการเปลี่ยนแปลงทันที</translation>
    </message>
    <message>
        <source>%1 — kppforum</source>
        <translation>%1 — kppforum</translation>
    </message>
    <message>
        <source>&amp;Forum file</source>
        <translation>ไฟล์ประชาคม(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ไปที่(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New forum file…</source>
        <translation>สร้างไฟล์ประชาคมใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open forum file…</source>
        <translation>เปิดไฟล์ประชาคม(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม(&amp;Q)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออกเอกสาร</translation>
    </message>
    <message>
        <source>Meeting: </source>
        <translation>การประชุม: </translation>
    </message>
    <message>
        <source>New forum file</source>
        <translation>สร้างไฟล์ประชาคมใหม่</translation>
    </message>
    <message>
        <source>No forum file open</source>
        <translation>ยังไม่ได้เปิดไฟล์ประชาคม</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>เปิดไฟล์ล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>Open forum file</source>
        <translation>เปิดไฟล์ประชาคม</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>Registry: %1 · Present: %2</source>
        <translation>ทะเบียนประชาชน %1 คน · เข้าร่วมประชุม %2 คน</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึกแล้วเมื่อ %1 น.</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>ผลการลงมติ</translation>
    </message>
    <message>
        <source>This screen arrives in a later version of kppforum.</source>
        <translation>หน้านี้จะเปิดให้ใช้งานใน kppforum รุ่นถัดไป</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>%1 (no. %2/%3)</source>
        <translation>%1 (ครั้งที่ %2/%3)</translation>
    </message>
    <message>
        <source>%1 people present from %2 communities; %3 proposals</source>
        <translation>ผู้เข้าร่วมประชุม %1 คน จาก %2 ชุมชน ข้อเสนอ %3 เรื่อง</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>ระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>ระเบียบวาระที่ %1: %2</translation>
    </message>
    <message>
        <source>Local development plan %1–%2
Vision: %3</source>
        <translation>แผนพัฒนาท้องถิ่น พ.ศ. %1–%2
วิสัยทัศน์: %3</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>No meeting yet: create one in Setup.</source>
        <translation>ยังไม่มีการประชุม กรุณาสร้างการประชุมในหน้าตั้งค่า</translation>
    </message>
    <message>
        <source>No municipality set up yet</source>
        <translation>ยังไม่ได้ตั้งค่าข้อมูลเทศบาล</translation>
    </message>
    <message>
        <source>Open Setup to enter the municipality profile.</source>
        <translation>กรุณาเปิดหน้าตั้งค่าเพื่อกรอกข้อมูลเทศบาล</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Created demo forum {path}</source>
        <translation>สร้างไฟล์ประชาคมตัวอย่าง {path} แล้ว</translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation>สร้างไฟล์ประชาคม {path} แล้ว</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>ข้อผิดพลาด: {message}</translation>
    </message>
    <message>
        <source>Exporting minutes and tallies is not yet available in this version.</source>
        <translation>รุ่นนี้ยังไม่รองรับการส่งออกรายงานการประชุมและผลการลงมติ</translation>
    </message>
    <message>
        <source>Imported {created} of {read} rows ({skipped} already present).</source>
        <translation>นำเข้าแล้ว {created} จาก {read} แถว (มีอยู่แล้ว {skipped} แถว)</translation>
    </message>
    <message>
        <source>Importing proposals needs --meeting ID.</source>
        <translation>การนำเข้าข้อเสนอต้องระบุ --meeting ID (รหัสการประชุม)</translation>
    </message>
    <message>
        <source>No screen found (DISPLAY is not set). Start kppforum on a desktop, run it under xvfb-run, or use --screenshot FILE.png to draw the window into a file.</source>
        <translation>ไม่พบหน้าจอ (ไม่ได้กำหนดค่า DISPLAY) กรุณาเปิด kppforum บนเดสก์ท็อป เรียกใช้ผ่าน xvfb-run หรือใช้ --screenshot FILE.png เพื่อบันทึกภาพหน้าต่างลงไฟล์</translation>
    </message>
    <message>
        <source>Say what to write: --xlsx OUT and/or --pdf OUT.</source>
        <translation>กรุณาระบุไฟล์ที่จะส่งออก: --xlsx OUT และ/หรือ --pdf OUT</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details were written to {log}.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: {error} ระบบได้บันทึกรายละเอียดไว้ที่ {log}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>บันทึกไฟล์ {path} แล้ว</translation>
    </message>
    <message>
        <source>check a forum file (exit 0 when healthy)</source>
        <translation>ตรวจสอบไฟล์ประชาคม (คืนค่า 0 เมื่อไฟล์สมบูรณ์)</translation>
    </message>
    <message>
        <source>create an empty forum file</source>
        <translation>สร้างไฟล์ประชาคมเปล่า</translation>
    </message>
    <message>
        <source>draw the main window into a PNG file and exit</source>
        <translation>บันทึกภาพหน้าต่างหลักเป็นไฟล์ PNG แล้วปิดโปรแกรม</translation>
    </message>
    <message>
        <source>export minutes (PDF) and tallies (Excel)</source>
        <translation>ส่งออกรายงานการประชุม (PDF) และผลการลงมติ (Excel)</translation>
    </message>
    <message>
        <source>forum file to open</source>
        <translation>ไฟล์ประชาคมที่จะเปิด</translation>
    </message>
    <message>
        <source>import communities, residents or proposals</source>
        <translation>นำเข้าข้อมูลชุมชน ทะเบียนประชาชน หรือข้อเสนอ</translation>
    </message>
    <message>
        <source>kppforum: registration, proposals, tallies and official minutes for Thai local community forums. Without a command, starts the app.</source>
        <translation>kppforum: ระบบลงทะเบียน ข้อเสนอ ผลการลงมติ และรายงานการประชุมประชาคมท้องถิ่น หากไม่ระบุคำสั่ง จะเปิดโปรแกรม</translation>
    </message>
    <message>
        <source>language of messages (default: th)</source>
        <translation>ภาษาของข้อความ (ค่าเริ่มต้น: th)</translation>
    </message>
    <message>
        <source>meeting id (for proposals)</source>
        <translation>รหัสการประชุม (สำหรับการนำเข้าข้อเสนอ)</translation>
    </message>
    <message>
        <source>name of the municipality</source>
        <translation>ชื่อเทศบาล</translation>
    </message>
    <message>
        <source>open the demo forum (created on first use)</source>
        <translation>เปิดไฟล์ประชาคมตัวอย่าง (สร้างขึ้นเมื่อใช้งานครั้งแรก)</translation>
    </message>
    <message>
        <source>plan period in Buddhist-era years, e.g. 2561-2565</source>
        <translation>ระยะเวลาของแผนเป็นปีพุทธศักราช เช่น 2561-2565</translation>
    </message>
    <message>
        <source>print what a forum file holds, as JSON</source>
        <translation>แสดงข้อมูลในไฟล์ประชาคมในรูปแบบ JSON</translation>
    </message>
    <message>
        <source>registry size (default: a third more than the attendees)</source>
        <translation>จำนวนประชาชนในทะเบียน (ค่าเริ่มต้น: มากกว่าจำนวนผู้เข้าร่วมประชุมหนึ่งในสาม)</translation>
    </message>
    <message>
        <source>start the app (the default)</source>
        <translation>เปิดโปรแกรม (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>the municipality&apos;s vision</source>
        <translation>วิสัยทัศน์ของเทศบาล</translation>
    </message>
    <message>
        <source>write a realistic demo forum file</source>
        <translation>สร้างไฟล์ประชาคมตัวอย่างที่มีข้อมูลใกล้เคียงของจริง</translation>
    </message>
    <message>
        <source>write an import template (xlsx)</source>
        <translation>สร้างแบบฟอร์มสำหรับนำเข้าข้อมูล (xlsx)</translation>
    </message>
    <message>
        <source>write the plan period as two Buddhist-era years, e.g. 2561-2565</source>
        <translation>กรุณาระบุระยะเวลาของแผนเป็นปีพุทธศักราชสองปี เช่น 2561-2565</translation>
    </message>
    <message>
        <source>{path}: NOT healthy</source>
        <translation>{path}: ไฟล์มีปัญหา</translation>
    </message>
    <message>
        <source>{path}: healthy (schema {version})</source>
        <translation>{path}: ไฟล์สมบูรณ์ (โครงสร้างข้อมูลรุ่นที่ {version})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>&quot;{value}&quot; is not a list of years such as 2563-2565.</source>
        <translation>&quot;{value}&quot; ไม่ใช่ปีพุทธศักราชที่ถูกต้อง กรุณาระบุ เช่น 2563-2565</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid Thai phone number.</source>
        <translation>&quot;{value}&quot; ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an amount of baht.</source>
        <translation>&quot;{value}&quot; ไม่ใช่จำนวนเงินบาทที่ถูกต้อง</translation>
    </message>
    <message>
        <source>A community-level meeting needs its community.</source>
        <translation>การประชุมระดับชุมชนต้องระบุชุมชน</translation>
    </message>
    <message>
        <source>A merged proposal cannot be withdrawn; undo the merge first.</source>
        <translation>ไม่สามารถถอนข้อเสนอที่ถูกรวมแล้วได้ กรุณายกเลิกการรวมข้อเสนอก่อน</translation>
    </message>
    <message>
        <source>A proposal cannot be merged into itself.</source>
        <translation>ไม่สามารถรวมข้อเสนอเข้ากับข้อเสนอเดียวกันได้</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Cannot import {name}: choose an Excel (.xlsx) or CSV (.csv) file.</source>
        <translation>ไม่สามารถนำเข้าไฟล์ {name} ได้ กรุณาเลือกไฟล์ Excel (.xlsx) หรือ CSV (.csv)</translation>
    </message>
    <message>
        <source>Cannot open {name}: it is damaged or not an Excel (.xlsx) workbook.</source>
        <translation>ไม่สามารถเปิดไฟล์ {name} ได้ เนื่องจากไฟล์เสียหายหรือไม่ใช่ไฟล์ Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Cannot read the text of {name}: save it as CSV UTF-8 and try again.</source>
        <translation>ไม่สามารถอ่านข้อความในไฟล์ {name} ได้ กรุณาบันทึกเป็น CSV UTF-8 แล้วลองใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>Cannot read {name}. Is it open in another program, or on a drive that was removed?</source>
        <translation>ไม่สามารถอ่านไฟล์ {name} ได้ กรุณาตรวจสอบว่าไฟล์เปิดอยู่ในโปรแกรมอื่น หรืออยู่ในไดรฟ์ที่ถอดออกไปแล้วหรือไม่</translation>
    </message>
    <message>
        <source>Cannot read {name}: it is not a valid CSV file.</source>
        <translation>ไม่สามารถอ่านไฟล์ {name} ได้ เนื่องจากไม่ใช่ไฟล์ CSV ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Cannot save {name}. Is it open in another program?</source>
        <translation>ไม่สามารถบันทึกไฟล์ {name} ได้ กรุณาตรวจสอบว่าไฟล์เปิดอยู่ในโปรแกรมอื่นหรือไม่</translation>
    </message>
    <message>
        <source>Choose the community of the proposal.</source>
        <translation>กรุณาเลือกชุมชนของข้อเสนอ</translation>
    </message>
    <message>
        <source>Code {code} appears twice in the file.</source>
        <translation>รหัส {code} ซ้ำกันในไฟล์</translation>
    </message>
    <message>
        <source>Column {column} appears more than once in {name}: {first} and {second}.</source>
        <translation>คอลัมน์ {column} ปรากฏมากกว่าหนึ่งครั้งในไฟล์ {name}: {first} และ {second}</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Community {code} {name} already exists.</source>
        <translation>ชุมชน {code} {name} มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Community {id} does not exist.</source>
        <translation>ไม่พบข้อมูลชุมชน รหัส {id}</translation>
    </message>
    <message>
        <source>Counts must be 0 or more.</source>
        <translation>จำนวนต้องเป็น 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>File not found: {name}</source>
        <translation>ไม่พบไฟล์: {name}</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}: {n} row(s) have errors.</source>
        <translation>ไม่ได้นำเข้าข้อมูลจากไฟล์ {file} เนื่องจากมีข้อผิดพลาด {n} แถว</translation>
    </message>
    <message>
        <source>Only an open proposal can be accepted.</source>
        <translation>เห็นชอบได้เฉพาะข้อเสนอที่อยู่ระหว่างการพิจารณา</translation>
    </message>
    <message>
        <source>Only proposals of the same meeting can be merged.</source>
        <translation>รวมได้เฉพาะข้อเสนอจากการประชุมเดียวกัน</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Plan years are Buddhist-era years between {low} and {high}.</source>
        <translation>ปีของแผนต้องเป็นปีพุทธศักราชระหว่าง {low} ถึง {high}</translation>
    </message>
    <message>
        <source>Position must be between 1 and {n}.</source>
        <translation>ลำดับต้องอยู่ระหว่าง 1 ถึง {n}</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>แถวที่ {row}: {message}</translation>
    </message>
    <message>
        <source>Set up the municipality profile first.</source>
        <translation>กรุณาตั้งค่าข้อมูลเทศบาลก่อน</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>ยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Strategy {id} does not exist.</source>
        <translation>ไม่พบข้อมูลยุทธศาสตร์ รหัส {id}</translation>
    </message>
    <message>
        <source>That proposal was already merged or withdrawn.</source>
        <translation>ข้อเสนอนั้นถูกรวมหรือถอนไปแล้ว</translation>
    </message>
    <message>
        <source>The agenda item title</source>
        <translation>หัวข้อระเบียบวาระ</translation>
    </message>
    <message>
        <source>The budget can have at most 2 decimal places (satang).</source>
        <translation>งบประมาณมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์)</translation>
    </message>
    <message>
        <source>The budget is too large.</source>
        <translation>งบประมาณสูงเกินไป</translation>
    </message>
    <message>
        <source>The budget must not be negative.</source>
        <translation>งบประมาณต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>The code and the name are required.</source>
        <translation>กรุณากรอกรหัสและชื่อ</translation>
    </message>
    <message>
        <source>The file uses schema {found}; it will be upgraded to {current} when opened.</source>
        <translation>ไฟล์นี้ใช้โครงสร้างข้อมูลรุ่นที่ {found} ระบบจะปรับเป็นรุ่นที่ {current} เมื่อเปิดไฟล์</translation>
    </message>
    <message>
        <source>The file {file} has no data rows.</source>
        <translation>ไฟล์ {file} ไม่มีแถวข้อมูล</translation>
    </message>
    <message>
        <source>The file {path} already exists: choose another name.</source>
        <translation>มีไฟล์ {path} อยู่แล้ว กรุณาเลือกชื่ออื่น</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {error}</source>
        <translation>ไม่สามารถอ่านไฟล์ {path} ได้: {error}</translation>
    </message>
    <message>
        <source>The file {path} is a database of another program, not a forum file.</source>
        <translation>ไฟล์ {path} เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่ไฟล์ประชาคม</translation>
    </message>
    <message>
        <source>The file {path} is empty: it is not a forum file.</source>
        <translation>ไฟล์ {path} ว่างเปล่า ไม่ใช่ไฟล์ประชาคม</translation>
    </message>
    <message>
        <source>The file {path} is not a kppforum forum file.</source>
        <translation>ไฟล์ {path} ไม่ใช่ไฟล์ประชาคมของ kppforum</translation>
    </message>
    <message>
        <source>The first name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>The forum file {path} does not exist.</source>
        <translation>ไม่พบไฟล์ประชาคม {path}</translation>
    </message>
    <message>
        <source>The forum file {path} is damaged and was not opened. Restore it from a backup copy.</source>
        <translation>ไฟล์ประชาคม {path} เสียหาย ระบบจึงไม่ได้เปิดไฟล์ กรุณากู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
        <source>The forum file {path} was made by a newer version of kppforum (schema {found}, this version reads up to {supported}). Please update kppforum.</source>
        <translation>ไฟล์ประชาคม {path} สร้างจาก kppforum รุ่นที่ใหม่กว่า (โครงสร้างข้อมูลรุ่นที่ {found} รุ่นนี้อ่านได้ถึงรุ่นที่ {supported}) กรุณาปรับปรุง kppforum เป็นรุ่นล่าสุด</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>เวลาเลิกประชุมต้องไม่ก่อนเวลาเริ่มประชุม</translation>
    </message>
    <message>
        <source>The meeting date is missing.</source>
        <translation>กรุณาระบุวันที่ประชุม</translation>
    </message>
    <message>
        <source>The meeting number must be 1 or more.</source>
        <translation>ครั้งที่ของการประชุมต้องเป็น 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>The meeting title</source>
        <translation>ชื่อการประชุม</translation>
    </message>
    <message>
        <source>The municipality name</source>
        <translation>ชื่อเทศบาล</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>The new order must list every item once.</source>
        <translation>ลำดับใหม่ต้องมีครบทุกรายการ รายการละหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>The plan period must not end before it starts.</source>
        <translation>ปีสิ้นสุดของแผนต้องไม่ก่อนปีเริ่มต้น</translation>
    </message>
    <message>
        <source>The proposal to merge into must be open.</source>
        <translation>ข้อเสนอที่จะรวมเข้าด้วยต้องอยู่ระหว่างการพิจารณา</translation>
    </message>
    <message>
        <source>There cannot be more attendees than residents in the registry.</source>
        <translation>จำนวนผู้เข้าร่วมประชุมต้องไม่มากกว่าจำนวนประชาชนในทะเบียน</translation>
    </message>
    <message>
        <source>This person is not checked in.</source>
        <translation>บุคคลนี้ยังไม่ได้ลงทะเบียน</translation>
    </message>
    <message>
        <source>This person was not invited to the meeting.</source>
        <translation>บุคคลนี้ไม่ได้รับเชิญเข้าร่วมการประชุม</translation>
    </message>
    <message>
        <source>Unknown community &quot;{value}&quot;.</source>
        <translation>ไม่พบชุมชน &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>Unknown meeting level or status.</source>
        <translation>ระดับหรือสถานะการประชุมไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Unknown sector &quot;{value}&quot;.</source>
        <translation>ไม่พบภาคส่วน &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>Unknown strategy &quot;{value}&quot;.</source>
        <translation>ไม่พบยุทธศาสตร์ &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>Unknown template: {kind}</source>
        <translation>ไม่พบแบบฟอร์ม: {kind}</translation>
    </message>
    <message>
        <source>Unknown voting method.</source>
        <translation>วิธีการลงมติไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Vote counts must be whole numbers, 0 or more.</source>
        <translation>จำนวนเสียงต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>Votes can only be recorded for an open proposal.</source>
        <translation>บันทึกผลการลงมติได้เฉพาะข้อเสนอที่อยู่ระหว่างการพิจารณา</translation>
    </message>
    <message>
        <source>Write the problem or the proposed project.</source>
        <translation>กรุณากรอกปัญหาหรือโครงการที่เสนอ</translation>
    </message>
    <message>
        <source>Year {year} is outside the plan period {start}-{end}.</source>
        <translation>ปี พ.ศ. {year} อยู่นอกระยะเวลาของแผน ({start}-{end})</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; already exists.</source>
        <translation>{label} &quot;{value}&quot; มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{label} must not be empty.</source>
        <translation>กรุณากรอก{label}</translation>
    </message>
    <message>
        <source>{label} {id} does not exist.</source>
        <translation>ไม่พบข้อมูล{label} รหัส {id}</translation>
    </message>
    <message>
        <source>{name} is an old Excel file (.xls). Save it as .xlsx and import it again.</source>
        <translation>ไฟล์ {name} เป็นไฟล์ Excel รุ่นเก่า (.xls) กรุณาบันทึกเป็น .xlsx แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>{name} is empty: it has no header row.</source>
        <translation>ไฟล์ {name} ว่างเปล่า ไม่มีแถวหัวตาราง</translation>
    </message>
    <message>
        <source>{name} is missing required columns: {columns}</source>
        <translation>ไฟล์ {name} ขาดคอลัมน์ที่จำเป็น: {columns}</translation>
    </message>
    <message>
        <source>{n} rows point to records that do not exist.</source>
        <translation>มี {n} แถวที่อ้างถึงข้อมูลที่ไม่มีอยู่</translation>
    </message>
    <message>
        <source>{total} votes is more than the {present} people present.</source>
        <translation>จำนวนเสียงรวม {total} เสียง เกินจำนวนผู้เข้าร่วมประชุม {present} คน</translation>
    </message>
</context>
<context>
    <name>sector</name>
    <message>
        <source>Citizens</source>
        <translation>ประชาชน</translation>
    </message>
    <message>
        <source>Community leaders</source>
        <translation>ผู้นำชุมชน</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>ผู้ทรงคุณวุฒิ</translation>
    </message>
    <message>
        <source>Government agencies</source>
        <translation>ส่วนราชการ</translation>
    </message>
    <message>
        <source>Municipal council members</source>
        <translation>สมาชิกสภาเทศบาล</translation>
    </message>
    <message>
        <source>Municipal staff</source>
        <translation>เจ้าหน้าที่เทศบาล</translation>
    </message>
    <message>
        <source>State enterprises</source>
        <translation>รัฐวิสาหกิจ</translation>
    </message>
</context>
</TS>
