<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;About kppforum…</source>
        <translation>เกี่ยวกับ kppforum(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>About kppforum</source>
        <translation>เกี่ยวกับ kppforum</translation>
    </message>
    <message>
        <source>Bundled fonts and libraries</source>
        <translation>ฟอนต์และไลบรารีที่มาพร้อมโปรแกรม</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>ส่วนประกอบ</translation>
    </message>
    <message>
        <source>Font licence (OFL)</source>
        <translation>สัญญาอนุญาตฟอนต์ (OFL)</translation>
    </message>
    <message>
        <source>ID card reader: no card reader is connected.</source>
        <translation>เครื่องอ่านบัตรประชาชน: ไม่ได้ต่อเครื่องอ่านบัตร</translation>
    </message>
    <message>
        <source>ID card reader: not available, pyscard is not installed (install kppforum[card]).</source>
        <translation>เครื่องอ่านบัตรประชาชน: ใช้ไม่ได้ ยังไม่ได้ติดตั้ง pyscard (ติดตั้ง kppforum[card])</translation>
    </message>
    <message>
        <source>ID card reader: not available, the PC/SC service is not running (pcscd on Linux, Smart Card service on Windows).</source>
        <translation>เครื่องอ่านบัตรประชาชน: ใช้ไม่ได้ บริการ PC/SC ไม่ได้ทำงาน (pcscd บน Linux, บริการ Smart Card บน Windows)</translation>
    </message>
    <message>
        <source>ID card reader: ready (%1).</source>
        <translation>เครื่องอ่านบัตรประชาชน: พร้อมใช้งาน (%1)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>สัญญาอนุญาต</translation>
    </message>
    <message>
        <source>Registration, proposals, tallies and official minutes for Thai local community forums, on one offline computer.</source>
        <translation>ลงทะเบียน บันทึกข้อเสนอ นับผลการลงมติ และจัดทำรายงานการประชุมสำหรับเวทีประชาคมท้องถิ่น บนคอมพิวเตอร์เครื่องเดียวโดยไม่ต้องใช้อินเทอร์เน็ต</translation>
    </message>
    <message>
        <source>The Sarabun font may be used, shared and embedded in documents freely under the SIL Open Font License. Qt is used under the LGPL version 3: it can be replaced with another build of the same version.</source>
        <translation>ฟอนต์สารบรรณ (Sarabun) ใช้ แจกจ่าย และฝังในเอกสารได้โดยเสรีตามสัญญาอนุญาต SIL Open Font License ส่วน Qt ใช้ตามสัญญาอนุญาต LGPL รุ่น 3 ซึ่งผู้ใช้สามารถเปลี่ยนเป็น Qt รุ่นเดียวกันที่สร้างขึ้นเองได้</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>รุ่น</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>รุ่น %1</translation>
    </message>
    <message>
        <source>kppforum is free software under the GNU General Public License, version 3 or later.</source>
        <translation>kppforum เป็นซอฟต์แวร์เสรีภายใต้สัญญาอนุญาต GNU General Public License รุ่น 3 หรือรุ่นที่ใหม่กว่า</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>&amp;Add item</source>
        <translation>เพิ่มระเบียบวาระ(&amp;A)</translation>
    </message>
    <message>
        <source>Agenda of %1</source>
        <translation>ระเบียบวาระการประชุม %1</translation>
    </message>
    <message>
        <source>Agenda: create a meeting first (Meeting tab).</source>
        <translation>ระเบียบวาระ: กรุณาสร้างการประชุมก่อน (แท็บการประชุม)</translation>
    </message>
    <message>
        <source>Discussion notes (written during the meeting):</source>
        <translation>บันทึกการอภิปราย (จดระหว่างการประชุม):</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>เลื่อนลง(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น(&amp;U)</translation>
    </message>
    <message>
        <source>Resolution (มติที่ประชุม):</source>
        <translation>มติที่ประชุม:</translation>
    </message>
    <message>
        <source>Type a title and press Enter to add an item. Double-click or F2 renames; Ctrl+Up and Ctrl+Down reorder.</source>
        <translation>พิมพ์หัวข้อแล้วกด Enter เพื่อเพิ่มระเบียบวาระ ดับเบิลคลิกหรือกด F2 เพื่อแก้ไขหัวข้อ กด Ctrl+Up หรือ Ctrl+Down เพื่อเปลี่ยนลำดับ</translation>
    </message>
    <message>
        <source>e.g. เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ</source>
        <translation>เช่น เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ</translation>
    </message>
</context>
<context>
    <name>AgendaLiveView</name>
    <message>
        <source>Agenda (click or use ↑ ↓ to choose the item)</source>
        <translation>ระเบียบวาระ (คลิก หรือกด ↑ ↓ เพื่อเลือกวาระ)</translation>
    </message>
    <message>
        <source>Discussion notes</source>
        <translation>สาระการประชุม</translation>
    </message>
    <message>
        <source>End meeting</source>
        <translation>ปิดประชุม</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>ปิดประชุมเวลา %1</translation>
    </message>
    <message>
        <source>Item %1  %2</source>
        <translation>ระเบียบวาระที่ %1  %2</translation>
    </message>
    <message>
        <source>NOT saved: %1</source>
        <translation>ยังไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <source>No agenda item: add the agenda in Setup.</source>
        <translation>ยังไม่มีระเบียบวาระ: เพิ่มได้ที่หน้าตั้งค่า</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>ยังไม่ได้เลือกการประชุม</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>ยังไม่เริ่มประชุม</translation>
    </message>
    <message>
        <source>Resolution (มติที่ประชุม)</source>
        <translation>มติที่ประชุม</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>บันทึกแล้ว เวลา %1</translation>
    </message>
    <message>
        <source>Start meeting</source>
        <translation>เริ่มประชุม</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>เริ่มประชุมเวลา %1</translation>
    </message>
    <message>
        <source>The meeting already ended at %1. Record the end again as now?</source>
        <translation>บันทึกเวลาปิดประชุมไว้แล้ว (%1) ต้องการบันทึกเวลาปิดประชุมใหม่เป็นเวลานี้หรือไม่</translation>
    </message>
    <message>
        <source>The meeting already started at %1. Record the start again as now?</source>
        <translation>บันทึกเวลาเริ่มประชุมไว้แล้ว (%1) ต้องการบันทึกเวลาเริ่มประชุมใหม่เป็นเวลานี้หรือไม่</translation>
    </message>
    <message>
        <source>Typing… saved in a moment</source>
        <translation>กำลังพิมพ์… จะบันทึกในอีกครู่</translation>
    </message>
    <message>
        <source>Under discussion: item %1  %2</source>
        <translation>กำลังพิจารณา ระเบียบวาระที่ %1  %2</translation>
    </message>
    <message>
        <source>What the meeting resolved.</source>
        <translation>ที่ประชุมมีมติอย่างไร</translation>
    </message>
    <message>
        <source>What was said: saved as you type.</source>
        <translation>สาระที่อภิปราย: บันทึกอัตโนมัติขณะพิมพ์</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>Create or choose a meeting first.</source>
        <translation>กรุณาสร้างหรือเลือกการประชุมก่อน</translation>
    </message>
    <message>
        <source>Item %1  %2</source>
        <translation>ระเบียบวาระที่ %1  %2</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 จาก %2 รายการ</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>การกระทำ (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ส่งออก… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>ข้อมูล (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ค้นหา (&amp;S):</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>(ทั้งหมด)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>หลังแก้ไข: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการแก้ไขข้อมูล</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>ก่อนแก้ไข: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>รายละเอียดการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>ไฟล์ Excel (*.xlsx);;ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>ส่งออกบันทึกการแก้ไขข้อมูล</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Showing the newest %1 matching events of %2</source>
        <translation>แสดง %1 รายการล่าสุดที่ตรงกับเงื่อนไข จากทั้งหมด %2 รายการ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Wrote %1 events to %2</source>
        <translation>บันทึก %1 รายการลงในไฟล์ %2 แล้ว</translation>
    </message>
    <message>
        <source>name, user, value…</source>
        <translation>ชื่อ ผู้ใช้ ข้อมูล…</translation>
    </message>
</context>
<context>
    <name>BECalendarPopup</name>
    <message>
        <source>B.E. </source>
        <translation>พ.ศ. </translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>เดือนถัดไป</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>เดือนก่อนหน้า</translation>
    </message>
</context>
<context>
    <name>BEDateEdit</name>
    <message>
        <source>Buddhist-era date. Type e.g. 28/5/2562 or 28 พ.ค. 2562; Up/Down change the day, Alt+Down opens the calendar.</source>
        <translation>วันที่แบบพุทธศักราช พิมพ์ เช่น 28/5/2562 หรือ 28 พ.ค. 2562 กดลูกศรขึ้น/ลงเพื่อเปลี่ยนวัน กด Alt+Down เพื่อเปิดปฏิทิน</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>เลือกจากปฏิทิน (Alt+Down)</translation>
    </message>
    <message>
        <source>e.g. 28/5/2562</source>
        <translation>เช่น 28/5/2562</translation>
    </message>
</context>
<context>
    <name>BudgetYearsEditor</name>
    <message>
        <source>Change the amount of one year</source>
        <translation>แก้จำนวนเงินของปีใดปีหนึ่ง</translation>
    </message>
    <message>
        <source>Edit per year…</source>
        <translation>แก้รายปี…</translation>
    </message>
    <message>
        <source>Per year (edited): %1</source>
        <translation>รายปี (แก้แล้ว): %1</translation>
    </message>
    <message>
        <source>Split evenly: %1</source>
        <translation>เฉลี่ยเท่ากันทุกปี: %1</translation>
    </message>
</context>
<context>
    <name>CardDesk</name>
    <message>
        <source>Choose a meeting before checking people in.</source>
        <translation>เลือกการประชุมก่อนลงทะเบียนผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>ID card: %1. Press Enter to check in.</source>
        <translation>บัตรประชาชน: %1 กด Enter เพื่อลงทะเบียน</translation>
    </message>
    <message>
        <source>ID card: several people are called %1. Choose with ↑↓ and Enter.</source>
        <translation>บัตรประชาชน: มีหลายคนชื่อ %1 เลือกด้วย ↑↓ แล้วกด Enter</translation>
    </message>
    <message>
        <source>The ID card reader is gone (unplugged, or its service stopped). Type names as before; cards work again when the reader is back.</source>
        <translation>เครื่องอ่านบัตรประชาชนหายไป (ถูกถอดออก หรือบริการหยุดทำงาน) พิมพ์ชื่อค้นหาได้ตามเดิม เมื่อเครื่องอ่านกลับมาจะอ่านบัตรได้อีก</translation>
    </message>
    <message>
        <source>⚠ %1 is already checked in at %2</source>
        <translation>⚠ %1 ลงทะเบียนแล้ว เวลา %2</translation>
    </message>
    <message>
        <source>✓ %1 checked in at %2 (ID card)</source>
        <translation>✓ %1 ลงทะเบียนแล้ว เวลา %2 (บัตรประชาชน)</translation>
    </message>
</context>
<context>
    <name>CarryOverButton</name>
    <message>
        <source>Take proposals from community forums…</source>
        <translation>รับข้อเสนอจากประชาคมชุมชน…</translation>
    </message>
</context>
<context>
    <name>CarryOverDialog</name>
    <message>
        <source>%1 no. %2/%3 · %4</source>
        <translation>%1 ครั้งที่ %2/%3 · %4</translation>
    </message>
    <message>
        <source>%1 proposal(s) taken into this meeting; %2 were already here.</source>
        <translation>รับข้อเสนอเข้าการประชุมนี้ %1 รายการ (มีอยู่แล้ว %2 รายการ)</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Into %1 (%2). Tick the community-level meetings to take proposals from:</source>
        <translation>รับเข้า %1 (%2) ทำเครื่องหมายหน้าการประชุมประชาคมชุมชนที่จะรับข้อเสนอ:</translation>
    </message>
    <message>
        <source>Take proposals</source>
        <translation>รับข้อเสนอ</translation>
    </message>
    <message>
        <source>Take proposals from community forums</source>
        <translation>รับข้อเสนอจากประชาคมชุมชน</translation>
    </message>
    <message>
        <source>The first</source>
        <translation>เฉพาะ</translation>
    </message>
    <message>
        <source>This forum file has no community-level meeting. Import the communities&apos; forum files first (Forum file &gt; Import from another forum file…).</source>
        <translation>ไฟล์ประชาคมนี้ยังไม่มีการประชุมประชาคมชุมชน โปรดนำเข้าไฟล์ประชาคมของชุมชนก่อน (ไฟล์ประชาคม &gt; นำเข้าจากไฟล์ประชาคมอื่น…)</translation>
    </message>
    <message>
        <source>of each community by rank</source>
        <translation>ลำดับแรกของแต่ละชุมชน (ตามผลการจัดลำดับ)</translation>
    </message>
</context>
<context>
    <name>CatalogEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>เพิ่ม(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>นำเข้าจากไฟล์(&amp;I)…</translation>
    </message>
    <message>
        <source>Added %1 %2.</source>
        <translation>เพิ่ม %1 %2 แล้ว</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Community name, e.g. ชุมชนท่าเสา</source>
        <translation>ชื่อชุมชน เช่น ชุมชนท่าเสา</translation>
    </message>
    <message>
        <source>Development strategies</source>
        <translation>ยุทธศาสตร์การพัฒนา</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to correct a code or name. Untick &quot;In use&quot; (Space) for a community that no longer takes part.</source>
        <translation>ดับเบิลคลิกที่ช่องหรือกด F2 เพื่อแก้ไขรหัสหรือชื่อ เอาเครื่องหมายถูกที่ &quot;ใช้งาน&quot; ออก (กด Space) สำหรับชุมชนที่ไม่ได้เข้าร่วมแล้ว</translation>
    </message>
    <message>
        <source>Double-click a cell or press F2 to correct it.</source>
        <translation>ดับเบิลคลิกที่ช่องหรือกด F2 เพื่อแก้ไข</translation>
    </message>
    <message>
        <source>Excel (.xlsx) or CSV with columns รหัส and ชื่อชุมชน</source>
        <translation>ไฟล์ Excel (.xlsx) หรือ CSV ที่มีคอลัมน์ รหัส และ ชื่อชุมชน</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>เลื่อนลง(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น(&amp;U)</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>บันทึกแบบฟอร์ม(&amp;T)…</translation>
    </message>
    <message>
        <source>Save communities template</source>
        <translation>บันทึกแบบฟอร์มข้อมูลชุมชน</translation>
    </message>
    <message>
        <source>Strategy name, e.g. ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน</source>
        <translation>ชื่อยุทธศาสตร์ เช่น ยุทธศาสตร์ด้านโครงสร้างพื้นฐาน</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>บันทึกแบบฟอร์มแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Untick a community that no longer takes part: it stays in past meetings but leaves the registration lists.</source>
        <translation>เอาเครื่องหมายถูกออกสำหรับชุมชนที่ไม่ได้เข้าร่วมแล้ว ชุมชนนั้นยังคงอยู่ในการประชุมครั้งก่อน แต่จะไม่แสดงในรายการลงทะเบียน</translation>
    </message>
</context>
<context>
    <name>CommunityTallyModel</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>(no community)</source>
        <translation>(ไม่ระบุชุมชน)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>ในทะเบียน</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a forum server</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์ประชาคม</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>ที่อยู่เซิร์ฟเวอร์</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 กิกะไบต์</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 กิโลไบต์</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 เมกะไบต์</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 ไบต์</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>ไฟล์ %1</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติการทำงาน</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>เลือก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Excel or CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>ไฟล์ Excel หรือ CSV (*.xlsx *.xlsm *.csv *.txt);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>ชื่อไฟล์:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ชนิดไฟล์:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>ค้นหาใน:</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>คืนค่าเดิม</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>kppforum</source>
        <translation>kppforum</translation>
    </message>
</context>
<context>
    <name>EvidenceChoiceDialog</name>
    <message>
        <source>&amp;Internal pack: with personal data, stays with the municipality</source>
        <translation>ชุดภายใน: มีข้อมูลส่วนบุคคล เก็บไว้ที่เทศบาลเท่านั้น (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Public pack: for an auditor or the public</source>
        <translation>ชุดเผยแพร่: สำหรับผู้ตรวจสอบหรือประชาชน (&amp;P)</translation>
    </message>
    <message>
        <source>Evidence pack for audit</source>
        <translation>ชุดหลักฐานสำหรับการตรวจสอบ</translation>
    </message>
    <message>
        <source>Keeps the phone numbers and the coded national IDs. Marked INTERNAL in its file name, its list of files and its first file; never publish it.</source>
        <translation>มีหมายเลขโทรศัพท์และเลขประจำตัวประชาชนที่เข้ารหัสแล้ว มีเครื่องหมาย “ภายใน” ที่ชื่อแฟ้ม รายการแฟ้ม และแฟ้มแรกในชุด ห้ามเผยแพร่</translation>
    </message>
    <message>
        <source>One ZIP file with the minutes, the sign-in sheets, the tally report, the workbook and a copy of the forum file, with a list of checksums that shows later that nothing was changed. Which pack?</source>
        <translation>แฟ้ม ZIP หนึ่งแฟ้ม ประกอบด้วยรายงานการประชุม บัญชีลงชื่อ รายงานผลการลงมติ ตารางข้อมูล และสำเนาแฟ้มเวที พร้อมรายการค่าตรวจสอบที่ใช้ยืนยันภายหลังว่าไม่มีการแก้ไข ต้องการจัดทำชุดใด</translation>
    </message>
    <message>
        <source>The forum copy in it has no phone numbers, no national ID digits and no key: it may leave the municipality.</source>
        <translation>สำเนาแฟ้มเวทีในชุดนี้ไม่มีหมายเลขโทรศัพท์ ไม่มีเลขประจำตัวประชาชน และไม่มีกุญแจเข้ารหัส จึงนำออกนอกเทศบาลได้</translation>
    </message>
</context>
<context>
    <name>ExportView</name>
    <message>
        <source> pt</source>
        <translation> พอยต์</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ส่งออก (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Minutes (PDF)</source>
        <translation>รายงานการประชุม (PDF) (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheets (PDF)</source>
        <translation>บัญชีลงชื่อผู้เข้าร่วมประชุม (PDF) (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tally report (PDF)</source>
        <translation>รายงานผลการลงมติ (PDF) (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Workbook (Excel)</source>
        <translation>ตารางข้อมูล (Excel) (&amp;W)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>เลือก… (&amp;H)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: %2</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Choose at least one document to export.</source>
        <translation>เลือกเอกสารที่จะส่งออกอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>กรุณาเลือกหรือสร้างการประชุมก่อน</translation>
    </message>
    <message>
        <source>Click the folder to open it</source>
        <translation>คลิกที่ชื่อโฟลเดอร์เพื่อเปิดดูไฟล์</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <source>E&amp;vidence pack for audit…</source>
        <translation>ชุดหลักฐานสำหรับการตรวจสอบ… (&amp;V)</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว: ไม่มีไฟล์ใดถูกบันทึก</translation>
    </message>
    <message>
        <source>Export the meeting&apos;s documents and the plan</source>
        <translation>ส่งออกเอกสารการประชุมและแผน</translation>
    </message>
    <message>
        <source>Exporting the documents…</source>
        <translation>กำลังส่งออกเอกสาร…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
    <message>
        <source>Font si&amp;ze (PDF):</source>
        <translation>ขนาดตัวอักษร PDF (&amp;Z):</translation>
    </message>
    <message>
        <source>Give a file name for %1.</source>
        <translation>กรุณาระบุชื่อไฟล์ของ %1</translation>
    </message>
    <message>
        <source>Meeting: %1, no. %2/%3</source>
        <translation>การประชุม: %1 ครั้งที่ %2/%3</translation>
    </message>
    <message>
        <source>Open folde&amp;r</source>
        <translation>เปิดโฟลเดอร์ (&amp;R)</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>ภาษาของรายงาน (&amp;L):</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>บันทึกในโฟลเดอร์ (&amp;F):</translation>
    </message>
    <message>
        <source>Save the documents in</source>
        <translation>บันทึกเอกสารไว้ที่</translation>
    </message>
    <message>
        <source>Thai &amp;digits:</source>
        <translation>เลขไทย (&amp;D):</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>ส่งออกไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>ไม่พบโฟลเดอร์ %1</translation>
    </message>
    <message>
        <source>These files already exist and will be replaced:
%1</source>
        <translation>มีไฟล์เหล่านี้อยู่แล้วและจะถูกแทนที่:
%1</translation>
    </message>
    <message>
        <source>Workbook f&amp;ont:</source>
        <translation>แบบอักษรของตาราง (&amp;O):</translation>
    </message>
    <message>
        <source>Write numbers as ๑๒๓ in the PDF documents</source>
        <translation>ใช้เลขไทย (๑๒๓) ในเอกสาร PDF</translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation>กำลังจัดทำชุดหลักฐาน…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) in %1:
%2</source>
        <translation>
            <numerusform>บันทึก %n ไฟล์ไว้ที่ %1:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FateSlides</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (ต่อ)</translation>
    </message>
    <message>
        <source>%1 baht</source>
        <translation>%1 บาท</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>ได้รับงบประมาณ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
        <source>FY %1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>บรรจุในแผน</translation>
    </message>
    <message>
        <source>No proposals yet</source>
        <translation>ยังไม่มีข้อเสนอ</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>ข้อ %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1/%2</translation>
    </message>
    <message>
        <source>Per community</source>
        <translation>รายชุมชน</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>เสนอ</translation>
    </message>
    <message>
        <source>Results of the communities&apos; proposals</source>
        <translation>ผลการดำเนินการตามข้อเสนอของชุมชน</translation>
    </message>
</context>
<context>
    <name>FateStepEditor</name>
    <message>
        <source>Amount (baht)</source>
        <translation>จำนวนเงิน (บาท)</translation>
    </message>
    <message>
        <source>Choose a proposal in the table.</source>
        <translation>เลือกข้อเสนอในตาราง</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Fiscal year (B.E.)</source>
        <translation>ปีงบประมาณ (พ.ศ.)</translation>
    </message>
    <message>
        <source>No. %1 (meeting %2), %3</source>
        <translation>ข้อ %1 (การประชุมครั้งที่ %2) %3</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>สถานะล่าสุด:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <source>Plan form</source>
        <translation>แบบแผน</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Row in the plan</source>
        <translation>ลำดับที่ในแผน</translation>
    </message>
    <message>
        <source>Steps recorded so far</source>
        <translation>ผลการดำเนินการที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Type a date such as 1/10/2568.</source>
        <translation>กรุณาระบุวันที่ เช่น 1/10/2568</translation>
    </message>
    <message>
        <source>Type the fiscal year as a B.E. year, e.g. 2569.</source>
        <translation>กรุณาระบุปีงบประมาณเป็นปีพุทธศักราช เช่น 2569</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <source>Why it was not done (required)</source>
        <translation>เหตุผลที่ไม่ได้ดำเนินการ (ต้องระบุ)</translation>
    </message>
    <message>
        <source>e.g. 2569</source>
        <translation>เช่น 2569</translation>
    </message>
</context>
<context>
    <name>Fates</name>
    <message>
        <source>%1 baht</source>
        <translation>%1 บาท</translation>
    </message>
    <message>
        <source>fiscal year %1</source>
        <translation>ปีงบประมาณ %1</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>%1

Restore the newest healthy snapshot, taken %2? The damaged file is kept beside it under another name.</source>
        <translation>%1

กู้คืนจากสำเนาอัตโนมัติที่สมบูรณ์ล่าสุด (บันทึกเมื่อ %2) หรือไม่ ไฟล์ที่เสียหายจะถูกเก็บไว้ข้าง ๆ ในชื่ออื่น</translation>
    </message>
    <message>
        <source>&amp;Save a copy to…</source>
        <translation>บันทึกสำเนาไปที่… (&amp;S)</translation>
    </message>
    <message>
        <source>A checked copy was saved to %1.</source>
        <translation>บันทึกสำเนาที่ตรวจสอบแล้วไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Open a forum file from a USB stick or another folder</source>
        <translation>เปิดไฟล์ประชาคมจากแฟลชไดรฟ์หรือโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>Open from &amp;USB/another folder…</source>
        <translation>เปิดจากแฟลชไดรฟ์/โฟลเดอร์อื่น… (&amp;U)</translation>
    </message>
    <message>
        <source>Restored. The previous file was kept as %1.</source>
        <translation>กู้คืนแล้ว ไฟล์เดิมเก็บไว้ในชื่อ %1</translation>
    </message>
    <message>
        <source>Save a copy of the forum file</source>
        <translation>บันทึกสำเนาไฟล์ประชาคม</translation>
    </message>
    <message>
        <source>Sna&amp;pshots…</source>
        <translation>สำเนาอัตโนมัติ… (&amp;P)</translation>
    </message>
    <message>
        <source>Working on a local copy: %1. The original was not changed; use “Save a copy to…” to hand the file back.</source>
        <translation>กำลังทำงานบนสำเนาในเครื่อง: %1 ไฟล์ต้นฉบับไม่ถูกแก้ไข ใช้ “บันทึกสำเนาไปที่…” เพื่อส่งไฟล์คืน</translation>
    </message>
</context>
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
    <name>FilterBar</name>
    <message>
        <source>Accepted</source>
        <translation>รับข้อเสนอแล้ว</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>ทุกชุมชน</translation>
    </message>
    <message>
        <source>All strategies</source>
        <translation>ทุกยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>รวมแล้ว</translation>
    </message>
    <message>
        <source>Open (not merged or withdrawn)</source>
        <translation>ที่ยังพิจารณาอยู่ (ไม่รวม/ไม่ถอน)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถอนแล้ว</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>A .kppforum file from another computer or a USB drive</source>
        <translation>ไฟล์ .kppforum จากเครื่องอื่นหรือจากแฟลชไดรฟ์</translation>
    </message>
    <message>
        <source>A town-level forum with communities, people and proposals to try</source>
        <translation>เวทีประชาคมระดับเมืองพร้อมชุมชน รายชื่อ และข้อเสนอ สำหรับทดลองใช้</translation>
    </message>
    <message>
        <source>An empty forum file: set up the municipality, then the meeting</source>
        <translation>ไฟล์ประชาคมว่าง: กรอกข้อมูลเทศบาล แล้วสร้างการประชุม</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ไว้ภายหลัง</translation>
    </message>
    <message>
        <source>Open a forum file…</source>
        <translation>เปิดไฟล์ประชาคม…</translation>
    </message>
    <message>
        <source>Open the demo forum</source>
        <translation>เปิดประชาคมตัวอย่าง</translation>
    </message>
    <message>
        <source>Start a new forum</source>
        <translation>เริ่มประชาคมใหม่</translation>
    </message>
    <message>
        <source>Welcome to kppforum</source>
        <translation>ยินดีต้อนรับสู่ kppforum</translation>
    </message>
</context>
<context>
    <name>ForumSession</name>
    <message>
        <source>Forum files (*.kppforum);;SQLite database (*.sqlite *.db)</source>
        <translation>ไฟล์ประชาคม (*.kppforum);;ฐานข้อมูล SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>The forum file %1 does not exist (moved, renamed or removed?). Create a new, empty forum file there?</source>
        <translation>ไม่พบไฟล์ประชาคม %1 (อาจถูกย้าย เปลี่ยนชื่อ หรือลบไปแล้ว) ต้องการสร้างไฟล์ประชาคมใหม่ที่ว่างเปล่าที่ตำแหน่งนี้หรือไม่</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>&amp;Getting started…</source>
        <translation>&amp;เริ่มต้นใช้งาน…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;คู่มือการใช้งาน</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แป้นพิมพ์&amp;ลัด</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>สารบัญคู่มือ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>แป้นพิมพ์</translation>
    </message>
    <message>
        <source>This list is read from the program itself, so it always matches what the keys do. Screens not opened yet add their own keys once shown.</source>
        <translation>รายการนี้อ่านจากโปรแกรมโดยตรง จึงตรงกับการทำงานของปุ่มเสมอ หน้าจอที่ยังไม่ได้เปิดจะเพิ่มแป้นพิมพ์ลัดของตนเมื่อเปิดแล้ว</translation>
    </message>
    <message>
        <source>kppforum guide</source>
        <translation>คู่มือการใช้งาน kppforum</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Choose or create a meeting first.</source>
        <translation>กรุณาเลือกหรือสร้างการประชุมก่อน</translation>
    </message>
    <message>
        <source>Import &amp;proposals from a file…</source>
        <translation>นำเข้า&amp;ข้อเสนอจากไฟล์…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>%1 rows checked, no errors: %2 communities will be added.</source>
        <translation>ตรวจสอบแล้ว %1 แถว ไม่พบข้อผิดพลาด จะเพิ่มชุมชน %2 ชุมชน</translation>
    </message>
    <message>
        <source>%1 rows checked, no errors: %2 people will be added, %3 are already in the registry.</source>
        <translation>ตรวจสอบแล้ว %1 แถว ไม่พบข้อผิดพลาด จะเพิ่มรายชื่อ %2 คน และมีอยู่ในทะเบียนแล้ว %3 คน</translation>
    </message>
    <message>
        <source>%1 rows checked, no errors: %2 proposals will be added to this meeting.</source>
        <translation>ตรวจสอบแล้ว %1 แถว ไม่พบข้อผิดพลาด จะเพิ่มข้อเสนอ %2 เรื่องในการประชุมนี้</translation>
    </message>
    <message>
        <source>Import communities</source>
        <translation>นำเข้ารายชื่อชุมชน</translation>
    </message>
    <message>
        <source>Import proposals</source>
        <translation>นำเข้าข้อเสนอ</translation>
    </message>
    <message>
        <source>Import residents</source>
        <translation>นำเข้าทะเบียนประชาชน</translation>
    </message>
    <message>
        <source>Imported %1 communities from %2 rows.</source>
        <translation>นำเข้าชุมชนแล้ว %1 ชุมชน จากทั้งหมด %2 แถว</translation>
    </message>
    <message>
        <source>Imported %1 people (%2 were already in the registry).</source>
        <translation>นำเข้ารายชื่อแล้ว %1 คน (มีอยู่ในทะเบียนแล้ว %2 คน)</translation>
    </message>
    <message>
        <source>Imported %1 proposals.</source>
        <translation>นำเข้าข้อเสนอแล้ว %1 เรื่อง</translation>
    </message>
    <message>
        <source>Importing communities…</source>
        <translation>กำลังนำเข้าข้อมูลชุมชน…</translation>
    </message>
    <message>
        <source>Importing proposals…</source>
        <translation>กำลังนำเข้าข้อเสนอ…</translation>
    </message>
    <message>
        <source>Importing residents…</source>
        <translation>กำลังนำเข้าทะเบียนประชาชน…</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>แถวที่ %1 คอลัมน์ &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>แถวที่ %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>กำลังตรวจสอบไฟล์…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลถูกนำเข้า</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>การนำเข้าไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>ไฟล์: %1</translation>
    </message>
    <message>
        <source>File: %1 · first %2 of %3 rows</source>
        <translation>ไฟล์: %1 · แสดง %2 แถวแรกจากทั้งหมด %3 แถว</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Nothing was written. Correct the file and choose it again.</source>
        <translation>ยังไม่ได้บันทึกข้อมูลใด ๆ กรุณาแก้ไขไฟล์ แล้วเลือกไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <source>Nothing was written. Fix the rows below in the file and choose it again.</source>
        <translation>ยังไม่ได้บันทึกข้อมูลใด ๆ กรุณาแก้ไขแถวด้านล่างในไฟล์ แล้วเลือกไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
</context>
<context>
    <name>InvitationList</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Invited, in the order of the minutes</source>
        <translation>ผู้ได้รับเชิญ ตามลำดับในรายงานการประชุม</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>เลื่อนลง(&amp;W)</translation>
    </message>
    <message>
        <source>No one is invited to this meeting.</source>
        <translation>ยังไม่มีผู้ได้รับเชิญเข้าร่วมการประชุมนี้</translation>
    </message>
    <message>
        <source>The minutes list those present with the chair first, then in this order. Move the selected person with Ctrl+Up and Ctrl+Down.</source>
        <translation>รายงานการประชุมเรียงรายชื่อผู้มาประชุมโดยให้ประธานอยู่ลำดับแรก แล้วตามด้วยลำดับนี้ เลื่อนผู้ที่เลือกได้ด้วย Ctrl+Up และ Ctrl+Down</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>The Thai translation could not be loaded: the screens stay in English.</source>
        <translation>ไม่สามารถโหลดคำแปลภาษาไทยได้ หน้าจอจะแสดงเป็นภาษาอังกฤษ</translation>
    </message>
</context>
<context>
    <name>LinkageForm</name>
    <message>
        <source>Choose a line of the tree.</source>
        <translation>เลือกรายการในแผนผังด้านซ้าย</translation>
    </message>
    <message>
        <source>Linkage of the strategy (heads form P.02)</source>
        <translation>ความเชื่อมโยงของยุทธศาสตร์ (หัวแบบ ผ.02)</translation>
    </message>
    <message>
        <source>Save &amp;linkage</source>
        <translation>บันทึกความเชื่อมโยง (&amp;L)</translation>
    </message>
    <message>
        <source>Strategy %1 %2</source>
        <translation>ยุทธศาสตร์ %1 %2</translation>
    </message>
    <message>
        <source>a. National strategy</source>
        <translation>ก. ยุทธศาสตร์ชาติ</translation>
    </message>
    <message>
        <source>b. Master plan</source>
        <translation>ข. แผนแม่บทภายใต้ยุทธศาสตร์ชาติ</translation>
    </message>
    <message>
        <source>c. National plan</source>
        <translation>ค. แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ</translation>
    </message>
    <message>
        <source>d. Regional / provincial plan</source>
        <translation>ง. แผนพัฒนาภาค/กลุ่มจังหวัด/จังหวัด</translation>
    </message>
    <message>
        <source>e. Provincial LAO strategy</source>
        <translation>จ. ยุทธศาสตร์การพัฒนาของ อปท. ในเขตจังหวัด</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ บันทึกแล้ว</translation>
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
        <source>%1 · read-only: nothing can be saved</source>
        <translation>%1 · อ่านอย่างเดียว: บันทึกการแก้ไขไม่ได้</translation>
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
        <source>Meeting in progress</source>
        <translation>ระหว่างการประชุม</translation>
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
        <source>Plan (P.02)</source>
        <translation>แผน (ผ.02)</translation>
    </message>
    <message>
        <source>Proposal tracking</source>
        <translation>ติดตามข้อเสนอ</translation>
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
        <translation>บันทึกแล้ว เวลา %1</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>ผลการลงมติ</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>&amp;Community:</source>
        <translation>ชุมชน(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>วันที่(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>ระดับ(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Minute-taker:</source>
        <translation>ผู้จดรายงานการประชุม(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Reviewer of the minutes:</source>
        <translation>ผู้ตรวจรายงานการประชุม(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save meeting</source>
        <translation>บันทึกข้อมูลการประชุม(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>เวลาเริ่มประชุม(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ชื่อการประชุม(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>สถานที่(&amp;V):</translation>
    </message>
    <message>
        <source>/ %1 (B.E.)</source>
        <translation>/ %1 (พ.ศ.)</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>ประธาน(&amp;H):</translation>
    </message>
    <message>
        <source>Choose the community</source>
        <translation>เลือกชุมชน</translation>
    </message>
    <message>
        <source>Community level</source>
        <translation>ประชาคมระดับชุมชน</translation>
    </message>
    <message>
        <source>Editing the meeting chosen at the top of the window. Save with Ctrl+S.</source>
        <translation>กำลังแก้ไขการประชุมที่เลือกไว้ด้านบนของหน้าต่าง กด Ctrl+S เพื่อบันทึก</translation>
    </message>
    <message>
        <source>Fill in the form and save (Ctrl+S) to create the meeting.</source>
        <translation>กรอกข้อมูลแล้วกดบันทึก (Ctrl+S) เพื่อสร้างการประชุม</translation>
    </message>
    <message>
        <source>Meeting &amp;no.:</source>
        <translation>ครั้งที่(&amp;N):</translation>
    </message>
    <message>
        <source>Meeting created.</source>
        <translation>สร้างการประชุมแล้ว</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>การประชุม: %1</translation>
    </message>
    <message>
        <source>Name and position</source>
        <translation>ชื่อและตำแหน่ง</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>การประชุมใหม่</translation>
    </message>
    <message>
        <source>Not a date: type it like 28/5/2562 or 28 พฤษภาคม 2562.</source>
        <translation>วันที่ไม่ถูกต้อง กรุณาพิมพ์ เช่น 28/5/2562 หรือ 28 พฤษภาคม 2562</translation>
    </message>
    <message>
        <source>Re&amp;ference letter:</source>
        <translation>หนังสืออ้างอิง(&amp;F):</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>Town level</source>
        <translation>ประชาคมระดับเมือง</translation>
    </message>
    <message>
        <source>e.g. ที่ มท 0810.3/ว 2931 ลงวันที่ 15 พฤษภาคม 2562</source>
        <translation>เช่น ที่ มท 0810.3/ว 2931 ลงวันที่ 15 พฤษภาคม 2562</translation>
    </message>
    <message>
        <source>e.g. นายกเทศมนตรี</source>
        <translation>เช่น นายกเทศมนตรี</translation>
    </message>
    <message>
        <source>e.g. ประชุมประชาคมระดับเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น</source>
        <translation>เช่น ประชุมประชาคมระดับเมือง เพื่อทบทวนแผนพัฒนาท้องถิ่น</translation>
    </message>
    <message>
        <source>e.g. ห้องประชุมสำนักงานเทศบาล</source>
        <translation>เช่น ห้องประชุมสำนักงานเทศบาล</translation>
    </message>
    <message>
        <source>ends at</source>
        <translation>เวลาเลิกประชุม</translation>
    </message>
    <message>
        <source>⚠ Its date (%1) is outside the plan period %2–%3: check the date, or the plan period under Municipality.</source>
        <translation>⚠ วันที่ประชุม (พ.ศ. %1) อยู่นอกช่วงแผนพัฒนาท้องถิ่น พ.ศ. %2–%3 กรุณาตรวจสอบวันที่ หรือช่วงปีของแผนในหน้าข้อมูลเทศบาล</translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Forum files to import</source>
        <translation>เลือกไฟล์ประชาคมที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Import from another forum file…</source>
        <translation>นำเข้าจากไฟล์ประชาคมอื่น…</translation>
    </message>
    <message>
        <source>This forum file was opened read-only (it is on a read-only disk or folder): nothing can be merged into it. Copy it to this computer&apos;s working folder, open the copy and merge into that.</source>
        <translation>ไฟล์ประชาคมนี้เปิดแบบอ่านอย่างเดียว (อยู่ในดิสก์หรือโฟลเดอร์ที่บันทึกไม่ได้) จึงนำเข้าข้อมูลจากไฟล์อื่นไม่ได้ โปรดคัดลอกไฟล์ไปไว้ในโฟลเดอร์ทำงานของเครื่องนี้ เปิดไฟล์ที่คัดลอก แล้วนำเข้าในไฟล์นั้น</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge
%1

into
%2?

The second keeps every community and proposer.</source>
        <translation>รวมข้อเสนอ
%1

เข้ากับ
%2
ใช่หรือไม่

ข้อเสนอที่สองจะคงรายชื่อชุมชนและผู้เสนอทั้งหมดไว้</translation>
    </message>
    <message>
        <source>Merge into another proposal</source>
        <translation>รวมกับข้อเสนออื่น</translation>
    </message>
    <message>
        <source>Type part of the community, problem or project · ↑↓ choose · Enter merges</source>
        <translation>พิมพ์บางส่วนของชื่อชุมชน ปัญหา หรือโครงการ · ↑↓ เลือก · Enter รวม</translation>
    </message>
    <message>
        <source>“%1” asks for the same thing as which proposal? It will be merged into the one you choose, which keeps every community and proposer.</source>
        <translation>“%1” ซ้ำกับข้อเสนอใด ข้อเสนอนี้จะถูกรวมเข้ากับข้อเสนอที่เลือก โดยคงรายชื่อชุมชนและผู้เสนอทั้งหมดไว้</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was changed.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Merged %1 file(s): %2 added.</source>
        <translation>นำเข้าจาก %1 ไฟล์แล้ว เพิ่ม %2 รายการ</translation>
    </message>
    <message>
        <source>Merging the forum files…</source>
        <translation>กำลังนำเข้าข้อมูลจากไฟล์ประชาคม…</translation>
    </message>
    <message>
        <source>Reading the forum files and looking for the same people…</source>
        <translation>กำลังอ่านไฟล์ประชาคมและตรวจหาบุคคลที่อาจเป็นคนเดียวกัน…</translation>
    </message>
</context>
<context>
    <name>MergeResult</name>
    <message>
        <source>(differs only in links to other records)</source>
        <translation>(ต่างกันเฉพาะการอ้างอิงถึงข้อมูลอื่น)</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>งดออกเสียง</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>รายการในบันทึกการแก้ไขข้อมูล</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ประธานในที่ประชุม</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>การลงทะเบียนเข้าประชุม</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>ไม่เห็นด้วย</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Forum settings</source>
        <translation>การตั้งค่าไฟล์ประชาคม</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>ผู้ได้รับเชิญ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Municipality profile</source>
        <translation>ข้อมูลเทศบาล</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Proposal follow-up</source>
        <translation>การติดตามข้อเสนอ</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>ผู้เสนอ</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>เวลาที่บันทึก</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>มติที่ประชุม</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Strategies</source>
        <translation>ยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Tactics</source>
        <translation>กลยุทธ์</translation>
    </message>
    <message>
        <source>The most recently edited version is used; the other is kept in the audit log.</source>
        <translation>ฉบับที่แก้ไขล่าสุดถูกใช้ อีกฉบับเก็บในบันทึกการแก้ไขข้อมูล</translation>
    </message>
    <message>
        <source>The tally recorded last is used; the other is kept in the audit log.</source>
        <translation>ผลการนับคะแนนที่บันทึกล่าสุดถูกใช้ อีกฉบับเก็บในบันทึกการแก้ไขข้อมูล</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่ประชุม</translation>
    </message>
    <message>
        <source>Vote tallies</source>
        <translation>ผลการนับคะแนน</translation>
    </message>
</context>
<context>
    <name>MergeResultDialog</name>
    <message>
        <source>0 added: this forum already has everything in %1. Nothing was changed.</source>
        <translation>เพิ่ม 0 รายการ: ไฟล์ประชาคมนี้มีข้อมูลทั้งหมดใน %1 อยู่แล้ว ไม่มีการเปลี่ยนแปลงข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ขัดแย้งกัน</translation>
    </message>
    <message>
        <source>Conflicts (the same record, different content):</source>
        <translation>ข้อมูลที่ขัดแย้งกัน (รายการเดียวกันแต่เนื้อหาต่างกัน):</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>ฉบับที่นำเข้า</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 conflict(s), %4 person(s) joined.</source>
        <translation>นำเข้าจาก %1: เพิ่ม %2 รายการ ขัดแย้งกัน %3 รายการ รวมเป็นคนเดียวกัน %4 คน</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>ฉบับที่ใช้</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภทข้อมูล</translation>
    </message>
    <message>
        <source>Merge result</source>
        <translation>ผลการนำเข้าจากไฟล์ประชาคมอื่น</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>หลักที่ใช้ตัดสิน</translation>
    </message>
    <message>
        <source>This file&apos;s</source>
        <translation>ฉบับในไฟล์นี้</translation>
    </message>
    <message>
        <source>Updated by the rule</source>
        <translation>ปรับตามหลักที่ใช้ตัดสิน</translation>
    </message>
    <message>
        <source>Version in the imported file</source>
        <translation>ฉบับในไฟล์ที่นำเข้า</translation>
    </message>
    <message>
        <source>Version in this file</source>
        <translation>ฉบับในไฟล์นี้</translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>%1 person(s) in the imported files have the same title, name, surname and community as someone already in this forum. Tick “Same person” only for those you know are one person: unticked pairs are kept as two people.</source>
        <translation>บุคคลในไฟล์ที่นำเข้า %1 คน มีคำนำหน้าชื่อ ชื่อ นามสกุล และชุมชนตรงกับบุคคลที่มีอยู่แล้ว โปรดทำเครื่องหมาย “คนเดียวกัน” เฉพาะคู่ที่ทราบแน่ชัดว่าเป็นบุคคลเดียวกัน คู่ที่ไม่ได้ทำเครื่องหมายจะบันทึกเป็นสองคน</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation>ไฟล์ที่นำเข้า</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Name already here</source>
        <translation>ชื่อที่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Name in the imported file</source>
        <translation>ชื่อในไฟล์ที่นำเข้า</translation>
    </message>
    <message>
        <source>Nothing is written until you press “Merge”.</source>
        <translation>ยังไม่มีการบันทึกข้อมูลจนกว่าจะกดปุ่ม “นำเข้า”</translation>
    </message>
    <message>
        <source>People who may be the same</source>
        <translation>บุคคลที่อาจเป็นคนเดียวกัน</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>คนเดียวกัน</translation>
    </message>
</context>
<context>
    <name>NoticeOptionsDialog</name>
    <message>
        <source> years</source>
        <translation> ปี</translation>
    </message>
    <message>
        <source>&amp;Contact (office, phone, e-mail):</source>
        <translation>ติดต่อ (หน่วยงาน โทรศัพท์ อีเมล) (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for:</source>
        <translation>ระยะเวลาเก็บข้อมูลส่วนบุคคล (&amp;K):</translation>
    </message>
    <message>
        <source>A one-page notice for the registration desk: who collects the data, why, on what legal basis, for how long, and people&apos;s rights.</source>
        <translation>ประกาศหนึ่งหน้าสำหรับจุดลงทะเบียน: ใครเก็บข้อมูล เก็บเพื่ออะไร อาศัยฐานทางกฎหมายใด เก็บนานเท่าใด และสิทธิของเจ้าของข้อมูล</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>ประกาศความเป็นส่วนตัว</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>%1 (no. %2/%3)</source>
        <translation>%1 (ครั้งที่ %2/%3)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 เวลา %2</translation>
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
    <name>PeopleModel</name>
    <message>
        <source>(no community)</source>
        <translation>(ไม่ระบุชุมชน)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>การลงทะเบียน</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>checked in at %1</source>
        <translation>ลงทะเบียนแล้ว %1</translation>
    </message>
    <message>
        <source>checked in at %1 (%2)</source>
        <translation>ลงทะเบียนแล้ว %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlanExportOptions</name>
    <message>
        <source>&amp;Posted on:</source>
        <translation>วันที่ประกาศ (&amp;P):</translation>
    </message>
    <message>
        <source>/ B.E.</source>
        <translation>/ พ.ศ.</translation>
    </message>
    <message>
        <source>A&amp;nnouncement of the result (PDF)</source>
        <translation>ประกาศผลการประชุมประชาคม (PDF) (&amp;N)</translation>
    </message>
    <message>
        <source>Addition</source>
        <translation>เพิ่มเติม</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Ed&amp;ition:</source>
        <translation>ฉบับ (&amp;I):</translation>
    </message>
    <message>
        <source>Plan documents</source>
        <translation>เอกสารแผน</translation>
    </message>
    <message>
        <source>Plan forms P.01–P.03 (E&amp;xcel)</source>
        <translation>แบบ ผ.01–ผ.03 (Excel) (&amp;X)</translation>
    </message>
    <message>
        <source>Plan forms P.01–P.03 (P&amp;DF)</source>
        <translation>แบบ ผ.01–ผ.03 (PDF) (&amp;D)</translation>
    </message>
    <message>
        <source>Res&amp;ults of the proposals, a page per community (PDF)</source>
        <translation>ผลการดำเนินการตามข้อเสนอ หน้าละหนึ่งชุมชน (PDF) (&amp;U)</translation>
    </message>
    <message>
        <source>Results of every meeting in the plan period, not only this one</source>
        <translation>ผลการดำเนินการของทุกการประชุมในช่วงแผนพัฒนา ไม่เฉพาะการประชุมนี้</translation>
    </message>
    <message>
        <source>Results of the proposals (Exce&amp;l)</source>
        <translation>ผลการดำเนินการตามข้อเสนอ (Excel) (&amp;L)</translation>
    </message>
    <message>
        <source>Rows of every meeting, not only this one</source>
        <translation>รวมโครงการจากทุกการประชุม ไม่ใช่เฉพาะครั้งนี้</translation>
    </message>
    <message>
        <source>Show the source (forum and vote) under each row</source>
        <translation>แสดงที่มา (เวทีประชาคมและผลการลงมติ) ใต้แต่ละโครงการ</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>แผนพัฒนาท้องถิ่น</translation>
    </message>
    <message>
        <source>Type the posting date, e.g. 3/6/2562.</source>
        <translation>กรุณาพิมพ์วันที่ประกาศ เช่น 3 มิถุนายน 2562</translation>
    </message>
    <message>
        <source>no.</source>
        <translation>ครั้งที่</translation>
    </message>
</context>
<context>
    <name>PlanForms</name>
    <message>
        <source>(not decided)</source>
        <translation>(ยังไม่กำหนด)</translation>
    </message>
    <message>
        <source>Community does it itself</source>
        <translation>ชุมชนดำเนินการเอง</translation>
    </message>
    <message>
        <source>ผ.02 municipality project</source>
        <translation>ผ.02</translation>
    </message>
    <message>
        <source>ผ.02/1 from a community plan</source>
        <translation>ผ.02/1</translation>
    </message>
    <message>
        <source>ผ.02/2 beyond the municipality&apos;s powers</source>
        <translation>ผ.02/2</translation>
    </message>
    <message>
        <source>ผ.03 equipment</source>
        <translation>ผ.03</translation>
    </message>
</context>
<context>
    <name>PlanRowEditor</name>
    <message>
        <source>%1: split the total over the years that have an amount (all plan years when none)</source>
        <translation>%1: เฉลี่ยยอดรวมเท่ากันในปีที่มีงบประมาณ (ทุกปีของแผนถ้ายังไม่มี)</translation>
    </message>
    <message>
        <source>&amp;Budget per year (baht):</source>
        <translation>งบประมาณรายปี (บาท) (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>บรรจุในแบบ (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Indicator (KPI):</source>
        <translation>ตัวชี้วัด (KPI) (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>วัตถุประสงค์ (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>แผนงาน (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>เหตุผลความจำเป็น (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Target (output):</source>
        <translation>เป้าหมาย (ผลผลิต) (&amp;T):</translation>
    </message>
    <message>
        <source>Choose a program from the list.</source>
        <translation>กรุณาเลือกแผนงานจากรายการ</translation>
    </message>
    <message>
        <source>Choose a proposal in the table.</source>
        <translation>เลือกข้อเสนอในตาราง</translation>
    </message>
    <message>
        <source>E&amp;xpected result:</source>
        <translation>ผลที่คาดว่าจะได้รับ (&amp;X):</translation>
    </message>
    <message>
        <source>Equipment &amp;category:</source>
        <translation>หมวด (&amp;C):</translation>
    </message>
    <message>
        <source>Equipment t&amp;ype:</source>
        <translation>ประเภท (&amp;Y):</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>ที่ %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Responsible &amp;unit:</source>
        <translation>หน่วยงานรับผิดชอบหลัก (&amp;U):</translation>
    </message>
    <message>
        <source>Split total &amp;evenly</source>
        <translation>เฉลี่ยยอดรวมเท่ากัน (&amp;E)</translation>
    </message>
    <message>
        <source>Total to split</source>
        <translation>ยอดรวมที่จะเฉลี่ย</translation>
    </message>
    <message>
        <source>Total: %1 baht</source>
        <translation>รวม: %1 บาท</translation>
    </message>
    <message>
        <source>Type part of the code or name</source>
        <translation>พิมพ์รหัสหรือบางส่วนของชื่อ</translation>
    </message>
</context>
<context>
    <name>PlanRowUndo</name>
    <message>
        <source>plan row “%1”</source>
        <translation>แถวแผน “%1”</translation>
    </message>
</context>
<context>
    <name>PlanRowsModel</name>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>แบบ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
</context>
<context>
    <name>PlanRowsView</name>
    <message>
        <source>Plan rows (P.02)</source>
        <translation>บรรจุข้อเสนอลงแผน (ผ.02)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>ทำซ้ำ: %1</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>บันทึกและไปรายการถัดไป (Enter)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>เลิกทำ: %1</translation>
    </message>
    <message>
        <source>Where each open proposal goes in the plan. Enter saves and goes to the next proposal; Ctrl+Z undoes a save, Ctrl+Shift+Z redoes it.</source>
        <translation>กำหนดว่าข้อเสนอแต่ละรายการบรรจุในแบบใดและแผนงานใด Enter บันทึกและไปข้อเสนอถัดไป Ctrl+Z เลิกทำการบันทึก Ctrl+Shift+Z ทำซ้ำ</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>PlanSettingsForm</name>
    <message>
        <source>&amp;Mayor&apos;s name:</source>
        <translation>ชื่อนายกเทศมนตรี (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>จังหวัด (&amp;P):</translation>
    </message>
    <message>
        <source>As the plan period: %1</source>
        <translation>ตามช่วงปีของแผน: %1</translation>
    </message>
    <message>
        <source>Development issues (from 2571, no KPI)</source>
        <translation>ประเด็นการพัฒนา (ตั้งแต่ 2571 ไม่มีตัวชี้วัด)</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>รูปแบบแผน (&amp;Y):</translation>
    </message>
    <message>
        <source>Mayor&apos;s p&amp;osition:</source>
        <translation>ตำแหน่ง (&amp;O):</translation>
    </message>
    <message>
        <source>Plan settings</source>
        <translation>ตั้งค่าแผน</translation>
    </message>
    <message>
        <source>Save se&amp;ttings</source>
        <translation>บันทึกการตั้งค่า (&amp;T)</translation>
    </message>
    <message>
        <source>Signs the announcement</source>
        <translation>ผู้ลงนามในประกาศ</translation>
    </message>
    <message>
        <source>Strategy › tactic › program (with KPI)</source>
        <translation>ยุทธศาสตร์ › กลยุทธ์ › แผนงาน (มีตัวชี้วัด)</translation>
    </message>
    <message>
        <source>e.g. นายกเทศมนตรีเมืองกำแพงเพชร</source>
        <translation>เช่น นายกเทศมนตรีเมืองกำแพงเพชร</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>PlanStructureEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>เพิ่ม (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <source>Add a program under the selected tactic</source>
        <translation>เพิ่มแผนงานภายใต้กลยุทธ์ที่เลือก</translation>
    </message>
    <message>
        <source>Add a tactic under the selected strategy</source>
        <translation>เพิ่มกลยุทธ์ภายใต้ยุทธศาสตร์ที่เลือก</translation>
    </message>
    <message>
        <source>Add: choose a strategy or tactic in the tree</source>
        <translation>เพิ่ม: เลือกยุทธศาสตร์หรือกลยุทธ์ในแผนผัง</translation>
    </message>
    <message>
        <source>Added %1 %2.</source>
        <translation>เพิ่ม %1 %2 แล้ว</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation>ใช้งาน (&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>เลื่อนลง (&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>เลื่อนขึ้น (&amp;U)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Plan structure</source>
        <translation>โครงสร้างแผน</translation>
    </message>
    <message>
        <source>Selected tactic or program</source>
        <translation>กลยุทธ์หรือแผนงานที่เลือก</translation>
    </message>
    <message>
        <source>Strategy › tactic › program. Insert: add under the selected line; F2: edit it; Delete: take it out of use (or back); Ctrl+Up / Ctrl+Down: move it.</source>
        <translation>ยุทธศาสตร์ › กลยุทธ์ › แผนงาน  Insert: เพิ่มภายใต้รายการที่เลือก  F2: แก้ไข  Delete: เลิกใช้ (หรือกลับมาใช้)  Ctrl+ลูกศรขึ้น/ลง: เลื่อนลำดับ</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>%1 (no longer in use)</source>
        <translation>%1 (เลิกใช้แล้ว)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>%1 earlier copies deleted.</source>
        <translation>ลบสำเนาก่อนหน้าแล้ว %1 แฟ้ม</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>บันทึกการแก้ไขข้อมูล… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Erase old personal data…</source>
        <translation>ลบข้อมูลส่วนบุคคลที่ครบกำหนด… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;INTERNAL attendance list with phones…</source>
        <translation>รายชื่อผู้เข้าร่วมพร้อมเบอร์โทร (ใช้ภายใน)… (&amp;I)</translation>
    </message>
    <message>
        <source>Accept national ID numbers at registration?

Collect them only if the forum really needs them. The number itself is never stored: only a coded form (to find a person registered twice) and its last 4 digits. They never appear in public documents or on the projector.</source>
        <translation>รับเลขประจำตัวประชาชนเมื่อลงทะเบียนหรือไม่

ควรเก็บเฉพาะเมื่อเวทีประชาคมจำเป็นต้องใช้จริง ระบบไม่เก็บเลขประจำตัวโดยตรง เก็บเพียงรหัสที่แปลงแล้ว (เพื่อตรวจหาผู้ที่ลงทะเบียนซ้ำ) และเลข 4 หลักท้าย เลขเหล่านี้จะไม่ปรากฏในเอกสารเผยแพร่หรือบนจอโปรเจกเตอร์</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>ยกเลิกแล้ว ไม่มีการบันทึกไฟล์</translation>
    </message>
    <message>
        <source>Collect &amp;national ID numbers</source>
        <translation>เก็บเลขประจำตัวประชาชน (&amp;N)</translation>
    </message>
    <message>
        <source>E&amp;vidence pack for audit…</source>
        <translation>ชุดหลักฐานสำหรับการตรวจสอบ… (&amp;V)</translation>
    </message>
    <message>
        <source>Erased the personal data of %1 people; every count is kept.</source>
        <translation>ลบข้อมูลส่วนบุคคลของ %1 คนแล้ว จำนวนทุกรายการยังคงเดิม</translation>
    </message>
    <message>
        <source>Evidence pack</source>
        <translation>ชุดหลักฐาน</translation>
    </message>
    <message>
        <source>National IDs are no longer accepted. %1 people already have one stored: remove those too?</source>
        <translation>ระบบจะไม่รับเลขประจำตัวประชาชนอีก มีผู้ที่บันทึกเลขไว้แล้ว %1 คน ต้องการลบข้อมูลเหล่านั้นด้วยหรือไม่</translation>
    </message>
    <message>
        <source>P&amp;rivacy and audit</source>
        <translation>ความเป็นส่วนตัวและการตรวจสอบ (&amp;R)</translation>
    </message>
    <message>
        <source>Privacy no&amp;tice for the registration desk…</source>
        <translation>ประกาศความเป็นส่วนตัวสำหรับจุดลงทะเบียน… (&amp;T)</translation>
    </message>
    <message>
        <source>Save the INTERNAL attendance list (with phone numbers)</source>
        <translation>บันทึกรายชื่อผู้เข้าร่วม (ใช้ภายใน มีเบอร์โทรศัพท์)</translation>
    </message>
    <message>
        <source>Save the evidence pack</source>
        <translation>บันทึกชุดหลักฐาน</translation>
    </message>
    <message>
        <source>Save the privacy notice</source>
        <translation>บันทึกประกาศความเป็นส่วนตัว</translation>
    </message>
    <message>
        <source>The INTERNAL evidence pack was written to:
%1

It holds personal data: keep it with the municipality and never publish it.</source>
        <translation>บันทึกชุดหลักฐานภายในไว้ที่:
%1

ชุดนี้มีข้อมูลส่วนบุคคล ให้เก็บไว้ที่เทศบาลเท่านั้นและห้ามเผยแพร่</translation>
    </message>
    <message>
        <source>The internal pack holds personal data: the phone numbers and coded national IDs of the people. It must stay with the municipality: never publish it, send it by e-mail or hand it to anyone outside the organisers.

Make the internal pack?</source>
        <translation>ชุดภายในมีข้อมูลส่วนบุคคล ได้แก่ หมายเลขโทรศัพท์และเลขประจำตัวประชาชนที่เข้ารหัสแล้วของผู้เข้าร่วม ต้องเก็บไว้ที่เทศบาลเท่านั้น ห้ามเผยแพร่ ห้ามส่งทางอีเมล และห้ามมอบให้ผู้ที่ไม่ใช่ผู้จัดเวที

จัดทำชุดภายในหรือไม่</translation>
    </message>
    <message>
        <source>The public evidence pack was written to:
%1

It holds no phone numbers or national ID digits: it may be given to an auditor.</source>
        <translation>บันทึกชุดหลักฐานฉบับเผยแพร่ไว้ที่:
%1

ชุดนี้ไม่มีหมายเลขโทรศัพท์หรือเลขประจำตัวประชาชน มอบให้ผู้ตรวจสอบได้</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: %1</translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation>กำลังจัดทำชุดหลักฐาน…</translation>
    </message>
    <message>
        <source>Writing the internal attendance list…</source>
        <translation>กำลังจัดทำรายชื่อผู้เข้าร่วม (ใช้ภายใน)…</translation>
    </message>
    <message>
        <source>Writing the privacy notice…</source>
        <translation>กำลังจัดทำประกาศความเป็นส่วนตัว…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>บันทึกไฟล์ %1 แล้ว</translation>
    </message>
    <message>
        <source>privacy-notice</source>
        <translation>ประกาศความเป็นส่วนตัว</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อเทศบาล(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Plan period (B.E.):</source>
        <translation>ระยะเวลาของแผน (พ.ศ.)(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>บันทึกข้อมูลเทศบาล(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation>วิสัยทัศน์(&amp;V):</translation>
    </message>
    <message>
        <source>Municipality profile</source>
        <translation>ข้อมูลเทศบาล</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>บันทึก (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>The development vision of the local plan</source>
        <translation>วิสัยทัศน์การพัฒนาของแผนพัฒนาท้องถิ่น</translation>
    </message>
    <message>
        <source>e.g. เทศบาลเมืองกำแพงเพชร</source>
        <translation>เช่น เทศบาลเมืองกำแพงเพชร</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
</context>
<context>
    <name>ProjectorController</name>
    <message>
        <source>&amp;Next page of the results (Ctrl+Page Down)</source>
        <translation>หน้าถัดไปของผลการดำเนินการ(&amp;N) (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>จอภาพ(&amp;P)</translation>
    </message>
    <message>
        <source>Pre&amp;vious page of the results (Ctrl+Page Up)</source>
        <translation>หน้าก่อนหน้าของผลการดำเนินการ(&amp;V) (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Show or hide the hall&apos;s projector screen (F5)</source>
        <translation>แสดงหรือซ่อนจอภาพสำหรับห้องประชุม (F5)</translation>
    </message>
    <message>
        <source>Show the &amp;projector screen</source>
        <translation>แสดงจอภาพห้องประชุม(&amp;P)</translation>
    </message>
    <message>
        <source>Show the &amp;results of the proposals (Ctrl+F5)</source>
        <translation>แสดงผลการดำเนินการตามข้อเสนอ(&amp;R) (Ctrl+F5)</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>%1 agree · %2</source>
        <translation>เห็นด้วย %1 · %2</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>งดออกเสียง</translation>
    </message>
    <message>
        <source>Agenda item %1: %2</source>
        <translation>ระเบียบวาระที่ %1  %2</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <source>Being recorded now</source>
        <translation>กำลังบันทึกข้อเสนอ</translation>
    </message>
    <message>
        <source>Counting hands…</source>
        <translation>กำลังนับคะแนน…</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>ไม่เห็นด้วย</translation>
    </message>
    <message>
        <source>Latest proposals</source>
        <translation>ข้อเสนอล่าสุด</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>สถานที่: %1</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>ยังไม่ได้เลือกการประชุม</translation>
    </message>
    <message>
        <source>No proposals yet</source>
        <translation>ยังไม่มีข้อเสนอ</translation>
    </message>
    <message>
        <source>No. %1 · %2</source>
        <translation>ข้อ %1 · %2</translation>
    </message>
    <message>
        <source>Present: %1 people</source>
        <translation>ผู้เข้าร่วมประชุม %1 คน</translation>
    </message>
    <message>
        <source>Priority ranking so far</source>
        <translation>ลำดับความสำคัญของโครงการ</translation>
    </message>
    <message>
        <source>Proposed by %1</source>
        <translation>ผู้เสนอ: %1</translation>
    </message>
    <message>
        <source>Vote on proposal No. %1</source>
        <translation>ลงมติ ข้อ %1</translation>
    </message>
    <message>
        <source>kppforum — projector</source>
        <translation>kppforum — จอภาพห้องประชุม</translation>
    </message>
</context>
<context>
    <name>ProposalDetail</name>
    <message>
        <source>Budget: %1 baht</source>
        <translation>งบประมาณ %1 บาท</translation>
    </message>
    <message>
        <source>Carried over from %1 no. %2/%3 (%4) · community %5 · proposed by %6</source>
        <translation>รับมาจาก %1 ครั้งที่ %2/%3 (%4) · %5 · ผู้เสนอ %6</translation>
    </message>
    <message>
        <source>Choose a proposal in the table to read it in full here.</source>
        <translation>เลือกข้อเสนอในตารางเพื่ออ่านข้อความเต็มที่นี่</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>สถานที่: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>ปัญหา/ความต้องการ: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>โครงการ: %1</translation>
    </message>
    <message>
        <source>Proposed by: %1</source>
        <translation>ผู้เสนอ: %1</translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation>ยุทธศาสตร์: %1</translation>
    </message>
    <message>
        <source>Years: %1</source>
        <translation>ปีที่ดำเนินการ: %1</translation>
    </message>
    <message>
        <source>no vote recorded there</source>
        <translation>ไม่มีการบันทึกผลการลงคะแนนในการประชุมนั้น</translation>
    </message>
    <message>
        <source>votes there: agree %1, disagree %2, abstain %3</source>
        <translation>ผลการลงคะแนนในการประชุมนั้น: เห็นด้วย %1 ไม่เห็นด้วย %2 งดออกเสียง %3</translation>
    </message>
</context>
<context>
    <name>ProposalForm</name>
    <message>
        <source>&amp;Budget (baht)</source>
        <translation>&amp;งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;ชุมชน</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;สถานที่</translation>
    </message>
    <message>
        <source>&amp;Problem / need</source>
        <translation>&amp;ปัญหา/ความต้องการ</translation>
    </message>
    <message>
        <source>&amp;Strategy</source>
        <translation>ยุทธศาสตร์ (&amp;S)</translation>
    </message>
    <message>
        <source>Choose a community from the list.</source>
        <translation>กรุณาเลือกชุมชนจากรายการ</translation>
    </message>
    <message>
        <source>Choose a strategy from the list.</source>
        <translation>กรุณาเลือกยุทธศาสตร์จากรายการ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>ล้างแบบฟอร์ม</translation>
    </message>
    <message>
        <source>Enter saves; Ctrl+Enter in the problem and project boxes. The community stays for the next proposal.</source>
        <translation>กด Enter เพื่อบันทึก (ในช่องปัญหาและโครงการกด Ctrl+Enter) ชุมชนจะคงไว้สำหรับข้อเสนอถัดไป</translation>
    </message>
    <message>
        <source>Pr&amp;oposed by</source>
        <translation>ผู้เสนอ (&amp;O)</translation>
    </message>
    <message>
        <source>Proposed pro&amp;ject</source>
        <translation>โครงการที่เสนอ (&amp;J)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>บันทึก (Enter)</translation>
    </message>
    <message>
        <source>Someone present, or type any name (optional)</source>
        <translation>ผู้เข้าร่วม หรือพิมพ์ชื่อ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Target &amp;years (B.E.)</source>
        <translation>ปีที่ดำเนินการ (พ.ศ.) (&amp;Y)</translation>
    </message>
    <message>
        <source>The project that would solve it</source>
        <translation>โครงการที่จะแก้ปัญหา</translation>
    </message>
    <message>
        <source>Type part of the name (optional)</source>
        <translation>พิมพ์บางส่วนของชื่อ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Type part of the name or the code</source>
        <translation>พิมพ์บางส่วนของชื่อหรือรหัสชุมชน</translation>
    </message>
    <message>
        <source>What the community raised</source>
        <translation>ปัญหาที่ชุมชนเสนอ</translation>
    </message>
    <message>
        <source>Years within the plan period, e.g. 2563-2565 or 2563,2565.</source>
        <translation>ปีที่อยู่ในช่วงแผน เช่น 2563-2565 หรือ 2563,2565</translation>
    </message>
    <message>
        <source>e.g. 1,250,000</source>
        <translation>เช่น 1,250,000</translation>
    </message>
    <message>
        <source>e.g. 2563-2565</source>
        <translation>เช่น 2563-2565</translation>
    </message>
    <message>
        <source>e.g. Soi 3, Moo 2</source>
        <translation>เช่น ซอย 3 หมู่ 2</translation>
    </message>
</context>
<context>
    <name>ProposalUndo</name>
    <message>
        <source>accept “%1”</source>
        <translation>รับข้อเสนอ “%1”</translation>
    </message>
    <message>
        <source>add “%1”</source>
        <translation>เพิ่ม “%1”</translation>
    </message>
    <message>
        <source>edit “%1”</source>
        <translation>แก้ไข “%1”</translation>
    </message>
    <message>
        <source>merge “%1” into “%2”</source>
        <translation>รวม “%1” เข้ากับ “%2”</translation>
    </message>
    <message>
        <source>move “%1”</source>
        <translation>ย้ายลำดับ “%1”</translation>
    </message>
    <message>
        <source>reinstate “%1”</source>
        <translation>คืนสถานะ “%1”</translation>
    </message>
    <message>
        <source>withdraw “%1”</source>
        <translation>ถอน “%1”</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <source>%1 · merged</source>
        <translation>%1 · รวมข้อเสนอแล้ว</translation>
    </message>
    <message>
        <source>%1 · with %2</source>
        <translation>%1 · ร่วมกับ %2</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>รับข้อเสนอแล้ว</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>รวมแล้ว</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>รวมเข้ากับ %1</translation>
    </message>
    <message>
        <source>Merged with %1</source>
        <translation>รวมกับ %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>No. %1 (%2)</source>
        <translation>ข้อ %1 (%2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>รอพิจารณา</translation>
    </message>
    <message>
        <source>Problem / need</source>
        <translation>ปัญหา/ความต้องการ</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>ผู้เสนอ</translation>
    </message>
    <message>
        <source>Proposed project</source>
        <translation>โครงการที่เสนอ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>ยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถอนแล้ว</translation>
    </message>
    <message>
        <source>Years (B.E.)</source>
        <translation>ปี (พ.ศ.)</translation>
    </message>
</context>
<context>
    <name>ProposalsTable</name>
    <message>
        <source>(none)</source>
        <translation>(ไม่ระบุ)</translation>
    </message>
</context>
<context>
    <name>ProposalsView</name>
    <message>
        <source>%1 of %2 proposals shown</source>
        <translation>แสดง %1 จาก %2 ข้อเสนอ</translation>
    </message>
    <message>
        <source>%1 proposals</source>
        <translation>%1 ข้อเสนอ</translation>
    </message>
    <message>
        <source>Could not undo or redo: %1</source>
        <translation>เลิกทำหรือทำซ้ำไม่ได้: %1</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z or Ctrl+Y</source>
        <translation>Ctrl+Shift+Z หรือ Ctrl+Y</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Double-click or F2 edits a cell · Ctrl+Up/Down moves a proposal within its community · Del withdraws · Ctrl+Z undoes</source>
        <translation>ดับเบิลคลิกหรือ F2 แก้ไขช่อง · Ctrl+ลูกศรขึ้น/ลง ย้ายลำดับภายในชุมชน · Del ถอนข้อเสนอ · Ctrl+Z เลิกทำ</translation>
    </message>
    <message>
        <source>Edit cell (F2)</source>
        <translation>แก้ไขช่อง (F2)</translation>
    </message>
    <message>
        <source>Merge into… (Ctrl+M)</source>
        <translation>รวมกับ… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>เลื่อนลง (Ctrl+ลูกศรลง)</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>เลื่อนขึ้น (Ctrl+ลูกศรขึ้น)</translation>
    </message>
    <message>
        <source>No meeting chosen: choose or create one (Setup) before capturing proposals.</source>
        <translation>ยังไม่ได้เลือกการประชุม: เลือกหรือสร้างการประชุม (ตั้งค่า) ก่อนบันทึกข้อเสนอ</translation>
    </message>
    <message>
        <source>Only an open proposal can be merged.</source>
        <translation>รวมได้เฉพาะข้อเสนอที่ยังพิจารณาอยู่</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>ทำซ้ำ: %1</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>คืนสถานะ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>เลิกทำ: %1</translation>
    </message>
    <message>
        <source>Withdraw (Del)</source>
        <translation>ถอนข้อเสนอ (Del)</translation>
    </message>
    <message>
        <source>✓ Saved: %1</source>
        <translation>✓ บันทึกแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>&amp;Erase…</source>
        <translation>ลบข้อมูล… (&amp;E)</translation>
    </message>
    <message>
        <source>Also delete the earlier snapshots and backup copies (a new snapshot is taken)</source>
        <translation>ลบสแนปช็อตและสำเนาสำรองก่อนหน้านี้ด้วย (ระบบจะสร้างสแนปช็อตใหม่ให้)</translation>
    </message>
    <message>
        <source>Erase old personal data</source>
        <translation>ลบข้อมูลส่วนบุคคลที่ครบกำหนด</translation>
    </message>
    <message>
        <source>Erase the names, phone numbers and national IDs of people who took part only in meetings before the date. The meetings, proposals, votes and every count are kept.</source>
        <translation>ลบชื่อ เบอร์โทรศัพท์ และเลขประจำตัวประชาชนของผู้ที่เข้าร่วมเฉพาะการประชุมก่อนวันที่กำหนด โดยยังคงเก็บข้อมูลการประชุม ข้อเสนอ ผลการลงมติ และจำนวนทุกรายการไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Erase the personal data of people seen only at meetings before %1?

%2

%3

This cannot be undone.</source>
        <translation>ลบข้อมูลส่วนบุคคลของผู้ที่เข้าร่วมเฉพาะการประชุมก่อน%1 หรือไม่

%2

%3

การลบนี้ย้อนกลับไม่ได้</translation>
    </message>
    <message>
        <source>Meetings &amp;before:</source>
        <translation>การประชุมก่อนวันที่ (&amp;B):</translation>
    </message>
    <message>
        <source>People whose names would be erased: %1 (%2 with a phone number, %3 with a national ID)
Proposer names erased: %4
Audit records cleaned: %5
Attendance rows kept, so every count stays the same: %6</source>
        <translation>ผู้ที่จะถูกลบชื่อ: %1 คน (มีเบอร์โทรศัพท์ %2 คน มีเลขประจำตัวประชาชน %3 คน)
ชื่อผู้เสนอที่จะถูกลบ: %4 รายการ
บันทึกการแก้ไขที่จะถูกลบข้อมูลส่วนบุคคล: %5 รายการ
รายการลงทะเบียนที่ยังคงเก็บไว้ (จำนวนทุกรายการจึงเท่าเดิม): %6 รายการ</translation>
    </message>
    <message>
        <source>The %1 earlier copies made by the app (snapshots and backups) are NOT deleted: they still hold these data.</source>
        <translation>สำเนาที่โปรแกรมทำไว้ก่อนหน้านี้ %1 แฟ้ม (สแนปช็อตและสำเนาสำรอง) จะไม่ถูกลบ และยังคงมีข้อมูลเหล่านี้อยู่</translation>
    </message>
    <message>
        <source>The %1 earlier copies made by the app (snapshots and backups) are deleted too, and a new snapshot is taken after the purge.</source>
        <translation>สำเนาที่โปรแกรมทำไว้ก่อนหน้านี้ %1 แฟ้ม (สแนปช็อตและสำเนาสำรอง) จะถูกลบด้วย และจะทำสแนปช็อตใหม่หลังการลบ</translation>
    </message>
    <message>
        <source>The app keeps no earlier copy of this forum file.</source>
        <translation>โปรแกรมไม่มีสำเนาก่อนหน้าของแฟ้มเวทีนี้</translation>
    </message>
    <message>
        <source>The purge erases the data from this forum file only. %1 earlier copies made by the app (snapshots, backups before an upgrade, files kept aside by a restore) still hold them. Copies saved elsewhere (a USB stick, an evidence pack) must be deleted by hand.</source>
        <translation>การลบนี้ลบข้อมูลออกจากแฟ้มเวทีนี้เท่านั้น สำเนาที่โปรแกรมทำไว้ก่อนหน้านี้ %1 แฟ้ม (สแนปช็อต สำเนาสำรองก่อนปรับรุ่น และแฟ้มที่เก็บแยกไว้ตอนกู้คืน) ยังคงมีข้อมูลอยู่ สำเนาที่บันทึกไว้ที่อื่น (แฟลชไดรฟ์ ชุดหลักฐาน) ต้องลบเอง</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ไดรฟ์</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Step up</source>
        <translation>เพิ่มขึ้น(&amp;S)</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>ลดลง(&amp;D)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
ไม่พบโฟลเดอร์นี้
กรุณาตรวจสอบชื่อโฟลเดอร์</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ไม่พบไฟล์นี้
กรุณาตรวจสอบชื่อไฟล์</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>มีไฟล์ %1 อยู่แล้ว
ต้องการเขียนทับหรือไม่</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>เ&amp;ลือก</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ลบ</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;ค้นหาใน:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>โฟลเดอร์&amp;ใหม่</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;เปิด</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยน&amp;ชื่อ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;บันทึก</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; ถูกป้องกันการเขียน
ต้องการลบหรือไม่</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>ต้องการลบ &apos;%1&apos; ใช่หรือไม่</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>แสดงแบบรายละเอียด</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>แสดงแบบรายการ</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>ลบโฟลเดอร์ไม่ได้</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>สร้างโฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>มุมมองรายละเอียด</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>โฟลเดอร์</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>โฟลเดอร์:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;ชื่อไฟล์:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;ชนิดไฟล์:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>เลือกโฟลเดอร์</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ไปข้างหน้า</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ขึ้นไปโฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>มุมมองรายการ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>รายการตำแหน่งที่ใช้บ่อย</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>โฟลเดอร์ใหม่</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>โฟลเดอร์ระดับบน</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>ตำแหน่งล่าสุด</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>บันทึกเป็น</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>แสดงไฟล์ที่&amp;ซ่อนไว้</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>แถบด้านข้าง</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>วันที่แก้ไข</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>คอมพิวเตอร์</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>ซ่อนรายละเอียด...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>แสดงรายละเอียด...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ใช่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยุติ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ไม่บันทึก</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ใช่ทั้งหมด(&amp;O)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>คืนค่า</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>คัดลอกตำแหน่งลิงก์(&amp;L)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>%1 is not there (a USB stick removed, or the file moved or renamed); nothing was created in its place.</source>
        <translation>ไม่พบแฟ้ม %1 (อาจถอดแฟลชไดรฟ์ออกแล้ว หรือมีการย้ายหรือเปลี่ยนชื่อแฟ้ม) โปรแกรมไม่ได้สร้างแฟ้มใหม่ขึ้นแทนที่</translation>
    </message>
    <message>
        <source>Copy to the working folder</source>
        <translation>คัดลอกไปยังโฟลเดอร์ทำงาน</translation>
    </message>
    <message>
        <source>Nothing can be saved here; documents can still be exported. To work on it, copy it (with its -wal file, if any) to this computer&apos;s working folder and open the copy.</source>
        <translation>บันทึกการแก้ไขที่นี่ไม่ได้ แต่ยังส่งออกเอกสารได้ตามปกติ หากต้องการทำงานต่อ ให้คัดลอกแฟ้ม (พร้อมไฟล์ -wal ถ้ามี) ไปยังโฟลเดอร์ทำงานของเครื่องนี้ แล้วเปิดสำเนานั้น</translation>
    </message>
    <message>
        <source>Nothing can be saved; documents can still be exported. To work on it, copy the file with its %1 file to this computer&apos;s working folder and open the copy.</source>
        <translation>บันทึกการแก้ไขไม่ได้ แต่ยังส่งออกเอกสารได้ตามปกติ หากต้องการทำงานต่อ ให้คัดลอกแฟ้มพร้อมไฟล์ %1 ไปยังโฟลเดอร์ทำงานของเครื่องนี้ แล้วเปิดสำเนานั้น</translation>
    </message>
    <message>
        <source>Opened instead: %1. To go back, plug the stick in and open it.</source>
        <translation>ขณะนี้เปิดแฟ้ม %1 แทน หากต้องการกลับไปใช้แฟ้มเดิม ให้เสียบแฟลชไดรฟ์แล้วเปิดแฟ้มนั้นอีกครั้ง</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>The forum file %1 is in a folder or on a disk that cannot be written (read-only permission, a CD or a read-only drive).</source>
        <translation>แฟ้มเวที %1 อยู่ในโฟลเดอร์หรือดิสก์ที่เขียนไม่ได้ (ไม่มีสิทธิ์เขียน แผ่นซีดี หรือไดรฟ์แบบอ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>The forum file %1 is on a USB stick or memory card that cannot be written (write-protected or read-only).</source>
        <translation>แฟ้มเวที %1 อยู่บนแฟลชไดรฟ์หรือการ์ดหน่วยความจำที่เขียนไม่ได้ (ป้องกันการเขียนหรือเป็นแบบอ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>The forum file %1 is on a disk that cannot be written, and its latest changes wait in its %2 file (recovery data the app had not yet saved into the file). This is a read-only view of both, made on this computer; the files on the disk are not changed.</source>
        <translation>แฟ้มเวที %1 อยู่บนดิสก์ที่เขียนไม่ได้ และการแก้ไขล่าสุดยังค้างอยู่ในไฟล์ %2 (ข้อมูลกู้คืนที่โปรแกรมยังไม่ได้บันทึกรวมเข้าแฟ้ม) ที่แสดงอยู่นี้เป็นสำเนาแบบอ่านอย่างเดียวของทั้งสองไฟล์ ซึ่งจัดทำไว้ในเครื่องนี้ ไฟล์บนดิสก์ไม่ถูกแก้ไขแต่อย่างใด</translation>
    </message>
    <message>
        <source>The forum file opened last time was not found</source>
        <translation>ไม่พบแฟ้มเวทีที่เปิดครั้งก่อน</translation>
    </message>
</context>
<context>
    <name>RecentModel</name>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>โต๊ะ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
</context>
<context>
    <name>RegistrationView</name>
    <message>
        <source>Check-in of %1 undone</source>
        <translation>ยกเลิกการลงทะเบียนของ %1 แล้ว</translation>
    </message>
    <message>
        <source>Desk:</source>
        <translation>โต๊ะลงทะเบียน:</translation>
    </message>
    <message>
        <source>First %1 matches: type more to narrow</source>
        <translation>แสดง %1 รายการแรก พิมพ์เพิ่มเพื่อจำกัดผลการค้นหา</translation>
    </message>
    <message>
        <source>Import residents…</source>
        <translation>นำเข้าทะเบียนประชาชน…</translation>
    </message>
    <message>
        <source>Name, community or card scan</source>
        <translation>พิมพ์ชื่อหรือชุมชน หรือสแกนบัตร</translation>
    </message>
    <message>
        <source>No meeting chosen: choose or create one (Setup) before checking people in.</source>
        <translation>ยังไม่ได้เลือกการประชุม กรุณาเลือกหรือสร้างการประชุม (หน้าตั้งค่า) ก่อนลงทะเบียน</translation>
    </message>
    <message>
        <source>No one chosen. Ctrl+N registers a walk-in.</source>
        <translation>ยังไม่ได้เลือกรายชื่อ กด Ctrl+N เพื่อลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>No one in the registry matches. Ctrl+N registers a walk-in.</source>
        <translation>ไม่พบรายชื่อในทะเบียนประชาชน กด Ctrl+N เพื่อลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>Recent check-ins (newest first)</source>
        <translation>การลงทะเบียนล่าสุด (รายการล่าสุดอยู่บนสุด)</translation>
    </message>
    <message>
        <source>Registration desk</source>
        <translation>ลงทะเบียนผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Undo check-in (Ctrl+Z)</source>
        <translation>ยกเลิกการลงทะเบียน (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo this check-in?
%1 · %2</source>
        <translation>ยกเลิกการลงทะเบียนนี้ใช่หรือไม่
%1 · เวลา %2</translation>
    </message>
    <message>
        <source>Walk-in… (Ctrl+N)</source>
        <translation>ลงทะเบียนหน้างาน… (Ctrl+N)</translation>
    </message>
    <message>
        <source>e.g. Desk 1</source>
        <translation>เช่น โต๊ะ 1</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter checks in · Ctrl+N walk-in · Ctrl+Z undoes the last</source>
        <translation>↑↓ เลือก · Enter ลงทะเบียน · Ctrl+N ผู้มาใหม่ · Ctrl+Z ยกเลิกรายการล่าสุด</translation>
    </message>
    <message>
        <source>⚠ %1 is already checked in at %2</source>
        <translation>⚠ %1 ลงทะเบียนแล้ว เวลา %2</translation>
    </message>
    <message>
        <source>⚠ %1 is already checked in at %2 (%3)</source>
        <translation>⚠ %1 ลงทะเบียนแล้ว เวลา %2 (%3)</translation>
    </message>
    <message>
        <source>✓ %1 checked in at %2</source>
        <translation>✓ %1 ลงทะเบียนเรียบร้อย เวลา %2</translation>
    </message>
</context>
<context>
    <name>SectorTallyModel</name>
    <message>
        <source>Present</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>เชื่อมต่อเซิร์ฟเวอร์(&amp;S)…</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>เซิร์ฟเวอร์: %1</translation>
    </message>
    <message>
        <source>Server: %1 (not connected)</source>
        <translation>เซิร์ฟเวอร์: %1 (ไม่ได้เชื่อมต่อ)</translation>
    </message>
    <message>
        <source>The forum server cannot be reached. Nothing can be saved (check-ins are refused) until it is back; kppforum reconnects by itself.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ประชาคมไม่ได้ ระหว่างนี้บันทึกข้อมูลใด ๆ ไม่ได้ (ไม่รับการลงทะเบียน) จนกว่าจะติดต่อได้อีกครั้ง kppforum จะเชื่อมต่อใหม่เอง</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>&amp;Communities</source>
        <translation>ชุมชน(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>เทศบาล(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Plan structure</source>
        <translation>โครงสร้างแผน (&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>ระเบียบวาระ(&amp;G)</translation>
    </message>
    <message>
        <source>M&amp;eeting</source>
        <translation>การประชุม(&amp;E)</translation>
    </message>
    <message>
        <source>S&amp;trategies</source>
        <translation>ยุทธศาสตร์(&amp;T)</translation>
    </message>
</context>
<context>
    <name>SnapshotsDialog</name>
    <message>
        <source>%1 KB</source>
        <translation>%1 กิโลไบต์</translation>
    </message>
    <message>
        <source>&amp;Restore this snapshot</source>
        <translation>กู้คืนจากสำเนานี้ (&amp;R)</translation>
    </message>
    <message>
        <source>Copies of the forum file taken automatically during the meeting. Restoring one keeps the current file beside it under another name.</source>
        <translation>สำเนาไฟล์ประชาคมที่บันทึกอัตโนมัติระหว่างการประชุม การกู้คืนจะเก็บไฟล์ปัจจุบันไว้ข้าง ๆ ในชื่ออื่น</translation>
    </message>
    <message>
        <source>Go back to the snapshot taken %1? Changes saved after it will not be in the forum file; the current file is kept beside it under another name.</source>
        <translation>ย้อนกลับไปใช้สำเนาที่บันทึกเมื่อ %1 หรือไม่ สิ่งที่บันทึกหลังจากนั้นจะไม่อยู่ในไฟล์ประชาคม ไฟล์ปัจจุบันจะถูกเก็บไว้ข้าง ๆ ในชื่ออื่น</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>สำเนาอัตโนมัติ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>สภาพ</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>บันทึกเมื่อ</translation>
    </message>
    <message>
        <source>This snapshot is damaged: choose another one.</source>
        <translation>สำเนานี้เสียหาย กรุณาเลือกสำเนาอื่น</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุที่บันทึก</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>เสียหาย</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>สมบูรณ์</translation>
    </message>
</context>
<context>
    <name>TalliesModel</name>
    <message>
        <source>A count cannot be negative: type 0 or more.</source>
        <translation>จำนวนติดลบไม่ได้ กรุณาพิมพ์ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>งดออกเสียง</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>ไม่เห็นด้วย</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Overall rank</source>
        <translation>ลำดับรวม</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Rank in community</source>
        <translation>ลำดับในชุมชน</translation>
    </message>
    <message>
        <source>Type a whole number, 0 or more.</source>
        <translation>กรอกจำนวนเต็มตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>รวมคะแนน</translation>
    </message>
</context>
<context>
    <name>TalliesView</name>
    <message>
        <source>By community (present / registry)</source>
        <translation>แยกตามชุมชน (ผู้เข้าร่วม / ในทะเบียน)</translation>
    </message>
    <message>
        <source>No meeting chosen</source>
        <translation>ยังไม่ได้เลือกการประชุม</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>ผู้เข้าร่วมประชุม: %1 คน</translation>
    </message>
    <message>
        <source>Quorum: %1 of the %2 residents in the registry are present (%3%).</source>
        <translation>องค์ประชุม: ประชาชนในทะเบียนมาประชุม %1 จาก %2 คน (ร้อยละ %3)</translation>
    </message>
    <message>
        <source>Saved No. %1: agree %2, disagree %3, abstain %4.</source>
        <translation>บันทึกผล ข้อ %1 แล้ว: เห็นด้วย %2 ไม่เห็นด้วย %3 งดออกเสียง %4</translation>
    </message>
    <message>
        <source>Tallies and priority ranking</source>
        <translation>ผลการลงมติและลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>Type the show of hands for each proposal: agree, disagree, abstain. Tab or Enter moves to the next count, and each count is saved at once. The proposal under the cursor is shown with its bars on the projector (F5).</source>
        <translation>กรอกผลการยกมือของแต่ละข้อเสนอ: เห็นด้วย ไม่เห็นด้วย งดออกเสียง กด Tab หรือ Enter เพื่อไปช่องถัดไป ทุกช่องบันทึกทันที ข้อเสนอที่เลือกอยู่จะแสดงเป็นแผนภูมิแท่งบนจอภาพห้องประชุม (F5)</translation>
    </message>
</context>
<context>
    <name>TallyPanel</name>
    <message>
        <source>By community (present / registry)</source>
        <translation>แยกตามชุมชน (ผู้เข้าร่วม / ในทะเบียน)</translation>
    </message>
    <message>
        <source>By sector</source>
        <translation>แยกตามภาคส่วน</translation>
    </message>
    <message>
        <source>Present: %1</source>
        <translation>ผู้เข้าร่วมประชุม: %1 คน</translation>
    </message>
    <message>
        <source>Present: –</source>
        <translation>ผู้เข้าร่วมประชุม: –</translation>
    </message>
</context>
<context>
    <name>TrackingModel</name>
    <message>
        <source>Amount (baht)</source>
        <translation>จำนวนเงิน (บาท)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ผลล่าสุด</translation>
    </message>
    <message>
        <source>Plan form, row</source>
        <translation>แบบแผน/ลำดับ</translation>
    </message>
    <message>
        <source>Project / problem</source>
        <translation>โครงการ/ปัญหา</translation>
    </message>
</context>
<context>
    <name>TrackingView</name>
    <message>
        <source>%1 proposals</source>
        <translation>%1 ข้อเสนอ</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>ทุกชุมชน</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>ทุกการประชุม</translation>
    </message>
    <message>
        <source>Any fate</source>
        <translation>ผลการดำเนินการทั้งหมด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>สมุดงาน Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลใดเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Import the filled tracking workbook</source>
        <translation>นำเข้าแบบติดตามข้อเสนอที่กรอกแล้ว</translation>
    </message>
    <message>
        <source>Import the filled workbook…</source>
        <translation>นำเข้าแบบที่กรอกแล้ว…</translation>
    </message>
    <message>
        <source>Importing the workbook…</source>
        <translation>กำลังนำเข้าแบบติดตาม…</translation>
    </message>
    <message>
        <source>Proposal tracking</source>
        <translation>ติดตามข้อเสนอ</translation>
    </message>
    <message>
        <source>Record step (Enter)</source>
        <translation>บันทึกผล (Enter)</translation>
    </message>
    <message>
        <source>Save the tracking workbook</source>
        <translation>บันทึกแบบติดตามข้อเสนอ</translation>
    </message>
    <message>
        <source>Search project, problem, community…</source>
        <translation>ค้นหาโครงการ ปัญหา หรือชุมชน…</translation>
    </message>
    <message>
        <source>What became of every proposal after the forum. Choose a proposal and press Enter, choose what happened and its date, then Enter again to record the step (Esc goes back to the table, Ctrl+F searches).</source>
        <translation>ผลการดำเนินการตามข้อเสนอทุกข้อหลังการประชุมประชาคม เลือกข้อเสนอแล้วกด Enter เลือกผลการดำเนินการและวันที่ แล้วกด Enter อีกครั้งเพื่อบันทึก (Esc กลับไปที่ตาราง Ctrl+F ค้นหา)</translation>
    </message>
    <message>
        <source>Workbook for the planning office…</source>
        <translation>แบบติดตามสำหรับงานวิเคราะห์นโยบายและแผน…</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>กำลังสร้างแบบติดตาม…</translation>
    </message>
    <message>
        <source>proposal-tracking.xlsx</source>
        <translation>ติดตามข้อเสนอ.xlsx</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… และอีก %1 รายการ</translation>
    </message>
    <message>
        <source>✓ %1 steps recorded from %2 rows (%3 rows added nothing).</source>
        <translation>✓ บันทึกผล %1 รายการจาก %2 แถว (%3 แถวไม่มีข้อมูลใหม่)</translation>
    </message>
    <message>
        <source>✓ Recorded: No. %1, %2</source>
        <translation>✓ บันทึกแล้ว: ข้อ %1 %2</translation>
    </message>
    <message>
        <source>✓ Wrote %1</source>
        <translation>✓ บันทึกไฟล์ %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>(no community)</source>
        <translation>(ไม่ระบุชุมชน)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>โทรศัพท์ (ถ้ามี)</translation>
    </message>
    <message>
        <source>Register and check in</source>
        <translation>เพิ่มในทะเบียนและลงทะเบียน</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <source>Walk-in: register and check in</source>
        <translation>ลงทะเบียนหน้างาน: เพิ่มในทะเบียนประชาชนและลงทะเบียนเข้าร่วมประชุม</translation>
    </message>
</context>
<context>
    <name>announcement</name>
    <message>
        <source>Agree / present</source>
        <translation>เห็นด้วย/ผู้ร่วมประชุม (คน)</translation>
    </message>
    <message>
        <source>Announced on {date}</source>
        <translation>ประกาศ ณ วันที่ {date}</translation>
    </message>
    <message>
        <source>Announcement of {municipality}</source>
        <translation>ประกาศ{municipality}</translation>
    </message>
    <message>
        <source>Budget (baht)</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>Posted from {start} to {end} ({days} days)</source>
        <translation>ปิดประกาศ ตั้งแต่วันที่ {start} ถึงวันที่ {end} (รวม {days} วัน)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ลำดับที่</translation>
    </message>
    <message>
        <source>Subject: results of the local community forum</source>
        <translation>เรื่อง ผลการจัดเวทีประชาคมท้องถิ่น</translation>
    </message>
    <message>
        <source>This is announced for everyone&apos;s information.</source>
        <translation>จึงประกาศให้ทราบโดยทั่วกัน</translation>
    </message>
    <message>
        <source>Whereas {municipality} held {title}, no. {number}, {date}, to hear the problems and needs of the people and to rank the development projects each community proposes for the local development plan,</source>
        <translation>ตามที่{municipality}ได้จัด{title} ครั้งที่ {number} {date} เพื่อรับฟังปัญหาและความต้องการของประชาชน และจัดลำดับความสำคัญของโครงการพัฒนาที่แต่ละชุมชนเสนอเพื่อประกอบการจัดทำแผนพัฒนาท้องถิ่น นั้น</translation>
    </message>
    <message>
        <source>on day {date}</source>
        <translation>เมื่อวันที่ {date}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>เมื่อ{date}</translation>
    </message>
    <message>
        <source>the forum has now been held, and the ranking of each community&apos;s projects resolved by the meeting is announced as follows.</source>
        <translation>บัดนี้ การจัดเวทีประชาคมท้องถิ่นดังกล่าวได้เสร็จสิ้นแล้ว จึงขอประกาศผลการจัดลำดับความสำคัญของโครงการตามมติที่ประชุมของแต่ละชุมชน ดังนี้</translation>
    </message>
    <message>
        <source>{n}. {community} ({count} projects)</source>
        <translation>{n}. {community} ({count} โครงการ)</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลังแก้ไข</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการแก้ไขข้อมูล</translation>
    </message>
    <message>
        <source>Audit log of {file}</source>
        <translation>บันทึกการแก้ไขข้อมูลของไฟล์ {file}</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อนแก้ไข</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>รายละเอียดการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>รหัสข้อมูล</translation>
    </message>
    <message>
        <source>Save the audit log as .csv or .xlsx, not {suffix}.</source>
        <translation>กรุณาบันทึกบันทึกการแก้ไขข้อมูลเป็นไฟล์ .csv หรือ .xlsx ไม่ใช่ {suffix}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <source>The card answered with a number or name that is not valid: nobody was checked in. Insert it again or type the name.</source>
        <translation>บัตรให้เลขประจำตัวหรือชื่อที่ไม่ถูกต้อง ยังไม่ได้ลงทะเบียนผู้ใด เสียบบัตรใหม่หรือพิมพ์ชื่อค้นหา</translation>
    </message>
    <message>
        <source>The card could not be read: nobody was checked in. Insert it again.</source>
        <translation>อ่านบัตรไม่ได้ ยังไม่ได้ลงทะเบียนผู้ใด เสียบบัตรใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>The card was taken out before it was read: nobody was checked in. Insert it again and leave it until the name appears.</source>
        <translation>ดึงบัตรออกก่อนอ่านเสร็จ ยังไม่ได้ลงทะเบียนผู้ใด เสียบบัตรใหม่และรอจนชื่อขึ้น</translation>
    </message>
    <message>
        <source>This is not a Thai national ID card: nobody was checked in.</source>
        <translation>บัตรนี้ไม่ใช่บัตรประจำตัวประชาชน ยังไม่ได้ลงทะเบียนผู้ใด</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>  joined (--join-likely-same)</source>
        <translation>  รวมเป็นคนเดียวกันแล้ว (--join-likely-same)</translation>
    </message>
    <message>
        <source>  kept apart (add --join-likely-same to join them)</source>
        <translation>  แยกไว้เป็นคนละคน (ใส่ --join-likely-same เพื่อรวมเป็นคนเดียวกัน)</translation>
    </message>
    <message>
        <source>  password: {password}</source>
        <translation>  รหัสผ่าน: {password}</translation>
    </message>
    <message>
        <source>(Install segno to show this address as a QR code.)</source>
        <translation>(ติดตั้ง segno เพื่อแสดงที่อยู่นี้เป็นคิวอาร์โค้ด)</translation>
    </message>
    <message>
        <source>--edition-number and --edition-year go with --edition addition|change.</source>
        <translation>--edition-number และ --edition-year ใช้คู่กับ --edition addition|change เท่านั้น</translation>
    </message>
    <message>
        <source>--edition-year is a Buddhist-era year, e.g. 2569.</source>
        <translation>--edition-year เป็นปีพุทธศักราช เช่น 2569</translation>
    </message>
    <message>
        <source>--plan goes with the proposals template.</source>
        <translation>--plan ใช้กับแบบฟอร์มนำเข้าข้อเสนอเท่านั้น</translation>
    </message>
    <message>
        <source>--posted-on goes with --announcement FILE.</source>
        <translation>--posted-on ใช้คู่กับ --announcement ชื่อไฟล์</translation>
    </message>
    <message>
        <source>An addition or change needs --edition-number N (1 or more).</source>
        <translation>แผนเพิ่มเติมหรือเปลี่ยนแปลงต้องระบุ --edition-number N (ตั้งแต่ 1 ขึ้นไป)</translation>
    </message>
    <message>
        <source>Buddhist-era year of the addition or change (default: the current year)</source>
        <translation>ปี พ.ศ. ของการเพิ่มเติมหรือเปลี่ยนแปลง (ค่าเริ่มต้น: ปีปัจจุบัน)</translation>
    </message>
    <message>
        <source>Checked in: {name} at {time} ({desk}).</source>
        <translation>ลงทะเบียนแล้ว: {name} เวลา {time} น. ({desk})</translation>
    </message>
    <message>
        <source>Checked: {added} steps would be recorded from {read} rows ({same} rows add nothing).</source>
        <translation>ตรวจสอบแล้ว: จะบันทึกผล {added} รายการจาก {read} แถว ({same} แถวไม่มีข้อมูลใหม่)</translation>
    </message>
    <message>
        <source>Conflict {kind} {uuid}: kept the {kept}&apos;s version ({rule})</source>
        <translation>ข้อมูลขัดกัน {kind} {uuid}: ใช้ฉบับของ {kept} ({rule})</translation>
    </message>
    <message>
        <source>Created demo forum {path}</source>
        <translation>สร้างไฟล์ประชาคมตัวอย่าง {path} แล้ว</translation>
    </message>
    <message>
        <source>Created {path}</source>
        <translation>สร้างไฟล์ประชาคม {path} แล้ว</translation>
    </message>
    <message>
        <source>Creating the forum server in {folder}…</source>
        <translation>กำลังสร้างเซิร์ฟเวอร์ประชาคมใน {folder}…</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>เสียหาย</translation>
    </message>
    <message>
        <source>Deleted {count} earlier snapshots and backup copies of the file.</source>
        <translation>ลบสแนปช็อตและสำเนาสำรองก่อนหน้านี้ของแฟ้มแล้ว {count} แฟ้ม</translation>
    </message>
    <message>
        <source>Erased, for meetings before {date}: {counts}</source>
        <translation>ลบแล้ว สำหรับการประชุมก่อนวันที่ {date}: {counts}</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>ข้อผิดพลาด: {message}</translation>
    </message>
    <message>
        <source>Facilitator (everything), give the password separately:</source>
        <translation>ผู้ดำเนินการประชุม (ทำได้ทุกอย่าง) ให้แจ้งรหัสผ่านแยกต่างหาก:</translation>
    </message>
    <message>
        <source>Forum server running on {address}.</source>
        <translation>เซิร์ฟเวอร์ประชาคมทำงานอยู่ที่ {address}</translation>
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
        <source>Likely the same person ({n}):</source>
        <translation>น่าจะเป็นคนเดียวกัน ({n} ราย):</translation>
    </message>
    <message>
        <source>No screen found (DISPLAY is not set). Start kppforum on a desktop, run it under xvfb-run, or use --screenshot FILE.png to draw the window into a file.</source>
        <translation>ไม่พบหน้าจอ (ไม่ได้กำหนดค่า DISPLAY) กรุณาเปิด kppforum บนเดสก์ท็อป เรียกใช้ผ่าน xvfb-run หรือใช้ --screenshot FILE.png เพื่อบันทึกภาพหน้าต่างลงไฟล์</translation>
    </message>
    <message>
        <source>Nobody in the registry matches “{text}”.</source>
        <translation>ไม่พบผู้ใดในทะเบียนที่ตรงกับ “{text}”</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to erase.</source>
        <translation>ยังไม่มีการเปลี่ยนแปลงข้อมูล หากต้องการลบ กรุณาสั่งอีกครั้งพร้อม --yes</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop the server.</source>
        <translation>กด Ctrl+C เพื่อหยุดเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Pulled the server&apos;s forum into {path}; rows per table:</source>
        <translation>ดึงข้อมูลประชาคมจากเซิร์ฟเวอร์ลงไฟล์ {path} แล้ว จำนวนแถวแต่ละตาราง:</translation>
    </message>
    <message>
        <source>Pushed {path} to the server; rows per table:</source>
        <translation>ส่งไฟล์ {path} ขึ้นเซิร์ฟเวอร์แล้ว จำนวนแถวแต่ละตาราง:</translation>
    </message>
    <message>
        <source>Put {path} on the server.</source>
        <translation>นำไฟล์ {path} ขึ้นเซิร์ฟเวอร์แล้ว</translation>
    </message>
    <message>
        <source>Recorded {added} steps from {read} rows ({same} rows add nothing).</source>
        <translation>บันทึกผล {added} รายการจาก {read} แถว ({same} แถวไม่มีข้อมูลใหม่)</translation>
    </message>
    <message>
        <source>Recorded: proposal {p} {kind} on {date}</source>
        <translation>บันทึกแล้ว: ข้อเสนอ {p} {kind} เมื่อ {date}</translation>
    </message>
    <message>
        <source>Registration desks (check-in only):</source>
        <translation>โต๊ะลงทะเบียน (ลงทะเบียนได้อย่างเดียว):</translation>
    </message>
    <message>
        <source>Restored {path} from the snapshot of {time}.</source>
        <translation>กู้คืน {path} จากสำเนาเมื่อ {time} แล้ว</translation>
    </message>
    <message>
        <source>Say what to write: --pdf, --signin, --tallies, --xlsx, --plan-xlsx, --plan-pdf, --announcement, --plan-rows-xlsx, --fate-pdf and/or --fate-xlsx with a file.</source>
        <translation>ระบุเอกสารที่จะบันทึก: --pdf, --signin, --tallies, --xlsx, --plan-xlsx, --plan-pdf, --announcement, --plan-rows-xlsx, --fate-pdf และ/หรือ --fate-xlsx พร้อมชื่อไฟล์</translation>
    </message>
    <message>
        <source>Thai digits in the PDF documents</source>
        <translation>ใช้เลขไทยในเอกสาร PDF</translation>
    </message>
    <message>
        <source>The forum server was stopped.</source>
        <translation>หยุดเซิร์ฟเวอร์ประชาคมแล้ว</translation>
    </message>
    <message>
        <source>The previous file was kept as {aside}.</source>
        <translation>ไฟล์เดิมเก็บไว้ในชื่อ {aside}</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Details were written to {log}.</source>
        <translation>เกิดข้อผิดพลาดที่ไม่คาดคิด: {error} ระบบได้บันทึกรายละเอียดไว้ที่ {log}</translation>
    </message>
    <message>
        <source>Would erase, for meetings before {date}: {counts}</source>
        <translation>จะลบ สำหรับการประชุมก่อนวันที่ {date}: {counts}</translation>
    </message>
    <message>
        <source>Write an import template. There is no plan-rows template: the workbook of &apos;export --plan-rows-xlsx&apos; is it (its rows carry the ids of the proposals).</source>
        <translation>บันทึกแบบฟอร์มนำเข้าข้อมูล ไม่มีแบบฟอร์มแถวแผนแยกต่างหาก: ไฟล์จาก &apos;export --plan-rows-xlsx&apos; คือแบบฟอร์มนั้น (แต่ละแถวมีรหัสของข้อเสนอ)</translation>
    </message>
    <message>
        <source>Write the documents of one meeting. Reports are in the language of --lang (default: th).</source>
        <translation>บันทึกเอกสารของการประชุมหนึ่งครั้ง รายงานใช้ภาษาตาม --lang (ค่าเริ่มต้น: th)</translation>
    </message>
    <message>
        <source>Wrote {count} audit events to {path}</source>
        <translation>บันทึกการแก้ไขข้อมูล {count} รายการลงในไฟล์ {path} แล้ว</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>บันทึกไฟล์ {path} แล้ว</translation>
    </message>
    <message>
        <source>Wrote {path} ({n} proposals)</source>
        <translation>บันทึก {path} แล้ว ({n} ข้อเสนอ)</translation>
    </message>
    <message>
        <source>a note, or why it was not done</source>
        <translation>หมายเหตุ หรือเหตุผลที่ไม่ได้ดำเนินการ</translation>
    </message>
    <message>
        <source>address to listen on; 0.0.0.0 for the hall&apos;s network</source>
        <translation>ที่อยู่ที่รอรับการเชื่อมต่อ ใช้ 0.0.0.0 สำหรับเครือข่ายในห้องประชุม</translation>
    </message>
    <message>
        <source>also delete the earlier snapshots and backup copies the app made of the file (they still hold the erased data); a new snapshot is taken after the purge</source>
        <translation>ลบสแนปช็อตและสำเนาสำรองที่โปรแกรมทำไว้ก่อนหน้านี้ด้วย (ซึ่งยังมีข้อมูลที่ลบอยู่) และสร้างสแนปช็อตใหม่หลังการลบ</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ตัวเลือก %(option)s กำกวม อาจหมายถึง %(matches)s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>อาร์กิวเมนต์ %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>attendees checked in at the demo meeting (default: 300)</source>
        <translation>จำนวนผู้ลงทะเบียนเข้าร่วมประชุมตัวอย่าง (ค่าเริ่มต้น: 300)</translation>
    </message>
    <message>
        <source>blank rows for walk-ins after each group of the sign-in sheets, at least (more fill the page; default: 3)</source>
        <translation>จำนวนแถวว่างอย่างน้อยสำหรับผู้ที่ไม่มีชื่อ ต่อท้ายแต่ละกลุ่มในบัญชีลงชื่อ (เพิ่มจนเต็มหน้า ค่าเริ่มต้น: 3)</translation>
    </message>
    <message>
        <source>bring into TARGET what it lacks from other forum files (desk files, communities)</source>
        <translation>นำข้อมูลที่ TARGET ยังไม่มีเข้ามาจากไฟล์ประชาคมอื่น (ไฟล์จุดลงทะเบียน ชุมชน)</translation>
    </message>
    <message>
        <source>check a forum file (exit 0 when healthy)</source>
        <translation>ตรวจสอบไฟล์ประชาคม (คืนค่า 0 เมื่อไฟล์สมบูรณ์)</translation>
    </message>
    <message>
        <source>check one person in (exit 0 when checked in, 1 otherwise)</source>
        <translation>ลงทะเบียนผู้เข้าร่วมหนึ่งคน (จบด้วยรหัส 0 เมื่อลงทะเบียนสำเร็จ มิฉะนั้น 1)</translation>
    </message>
    <message>
        <source>check the workbook and change nothing</source>
        <translation>ตรวจสอบแบบโดยไม่เปลี่ยนแปลงข้อมูล</translation>
    </message>
    <message>
        <source>check this installation: make a demo forum, export its minutes and workbook, read the Thai back, then exit (0 when all is well)</source>
        <translation>ตรวจสอบการติดตั้ง: สร้างไฟล์ประชาคมตัวอย่าง ส่งออกรายงานการประชุมและสมุดงาน Excel อ่านข้อความภาษาไทยกลับมาตรวจ แล้วจบการทำงาน (รหัส 0 เมื่อทุกอย่างถูกต้อง)</translation>
    </message>
    <message>
        <source>contact office, phone or e-mail</source>
        <translation>หน่วยงาน โทรศัพท์ หรืออีเมลสำหรับติดต่อ</translation>
    </message>
    <message>
        <source>copy a forum file onto an empty forum server database</source>
        <translation>คัดลอกไฟล์ประชาคมขึ้นฐานข้อมูลว่างบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>copy the forum of a server into a new forum file</source>
        <translation>คัดลอกข้อมูลประชาคมจากเซิร์ฟเวอร์ลงไฟล์ประชาคมใหม่</translation>
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
        <source>erase names and phones of people seen only at meetings before a date (counts are kept)</source>
        <translation>ลบชื่อและเบอร์โทรศัพท์ของผู้ที่เข้าร่วมเฉพาะการประชุมก่อนวันที่กำหนด (จำนวนยังคงเดิม)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ต้องระบุค่าหนึ่งค่า</translation>
    </message>
    <message>
        <source>export minutes, sign-in sheets and tallies (PDF) and a workbook</source>
        <translation>ส่งออกรายงานการประชุม บัญชีลงชื่อ ผลการลงมติ (PDF) และตารางข้อมูล (Excel)</translation>
    </message>
    <message>
        <source>folder of PostgreSQL&apos;s programs</source>
        <translation>โฟลเดอร์โปรแกรมของ PostgreSQL</translation>
    </message>
    <message>
        <source>folder of the server&apos;s data</source>
        <translation>โฟลเดอร์ข้อมูลของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>font of the workbook: TH SarabunPSK (default, the government standard font), TH Sarabun New or Sarabun</source>
        <translation>แบบอักษรของสมุดงาน: TH SarabunPSK (ค่าเริ่มต้น แบบอักษรมาตรฐานราชการ) TH Sarabun New หรือ Sarabun</translation>
    </message>
    <message>
        <source>font size of the PDF documents in points (default: 16)</source>
        <translation>ขนาดตัวอักษรของเอกสาร PDF เป็นพอยต์ (ค่าเริ่มต้น: 16)</translation>
    </message>
    <message>
        <source>forum file (or postgresql:// server) to open</source>
        <translation>ไฟล์ประชาคม (หรือเซิร์ฟเวอร์ postgresql://) ที่จะเปิด</translation>
    </message>
    <message>
        <source>forum file to put on the server</source>
        <translation>ไฟล์ประชาคมที่จะนำขึ้นเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>สมบูรณ์</translation>
    </message>
    <message>
        <source>how long personal data are kept, in years (default: 5)</source>
        <translation>ระยะเวลาเก็บข้อมูลส่วนบุคคล เป็นปี (ค่าเริ่มต้น: 5)</translation>
    </message>
    <message>
        <source>import communities, residents, proposals, the plan&apos;s structure or the plan rows</source>
        <translation>นำเข้าข้อมูลชุมชน ทะเบียนประชาชน ข้อเสนอ โครงสร้างแผน หรือแถวแผน</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ค่า %(value)r ไม่ถูกต้อง (ต้องเป็น %(type)s)</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ตัวเลือก %(value)r ไม่ถูกต้อง (เลือกจาก %(choices)s)</translation>
    </message>
    <message>
        <source>its row in that form</source>
        <translation>ลำดับในแบบฟอร์มนั้น</translation>
    </message>
    <message>
        <source>keep phones and national ID hashes in the pack&apos;s forum copy (marked INTERNAL); by default the copy has no personal data beyond names</source>
        <translation>เก็บเบอร์โทรศัพท์และค่าแฮชเลขประจำตัวประชาชนไว้ในสำเนาแฟ้มเวทีของชุดหลักฐาน (ทำเครื่องหมาย &quot;ภายใน&quot;) ตามปกติสำเนาจะไม่มีข้อมูลส่วนบุคคลนอกจากชื่อ</translation>
    </message>
    <message>
        <source>kind: added, skipped, updated, conflicts</source>
        <translation>ประเภท: เพิ่ม, ข้าม, ปรับปรุง, ขัดกัน</translation>
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
        <source>leave the server running and exit</source>
        <translation>ปล่อยให้เซิร์ฟเวอร์ทำงานต่อแล้วออกจากคำสั่ง</translation>
    </message>
    <message>
        <source>list the automatic snapshots of a forum file</source>
        <translation>แสดงรายการสำเนาอัตโนมัติของไฟล์ประชาคม</translation>
    </message>
    <message>
        <source>meeting id</source>
        <translation>รหัสการประชุม</translation>
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
        <source>name of this desk (default: the computer&apos;s name)</source>
        <translation>ชื่อโต๊ะลงทะเบียนนี้ (ค่าเริ่มต้น: ชื่อเครื่องคอมพิวเตอร์)</translation>
    </message>
    <message>
        <source>name to search for</source>
        <translation>ชื่อที่จะค้นหา</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ใช้ร่วมกับอาร์กิวเมนต์ %s ไม่ได้</translation>
    </message>
    <message>
        <source>number in the list of &apos;kppforum snapshots&apos;, file name or path (default: the newest healthy snapshot)</source>
        <translation>ลำดับในรายการของ &apos;kppforum snapshots&apos; ชื่อไฟล์ หรือที่อยู่ไฟล์ (ค่าเริ่มต้น: สำเนาที่สมบูรณ์ล่าสุด)</translation>
    </message>
    <message>
        <source>number of the addition or change (ครั้งที่ N)</source>
        <translation>ครั้งที่ของการเพิ่มเติมหรือเปลี่ยนแปลง (ครั้งที่ N)</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ต้องระบุอาร์กิวเมนต์ %s อย่างใดอย่างหนึ่ง</translation>
    </message>
    <message>
        <source>only the top N proposals of each community by rank</source>
        <translation>เฉพาะข้อเสนอ N ลำดับแรกของแต่ละชุมชนตามผลการจัดลำดับ</translation>
    </message>
    <message>
        <source>open the demo forum (created on first use)</source>
        <translation>เปิดไฟล์ประชาคมตัวอย่าง (สร้างขึ้นเมื่อใช้งานครั้งแรก)</translation>
    </message>
    <message>
        <source>options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>person id</source>
        <translation>รหัสบุคคล</translation>
    </message>
    <message>
        <source>plan period in Buddhist-era years, e.g. 2561-2565</source>
        <translation>ระยะเวลาของแผนเป็นปีพุทธศักราช เช่น 2561-2565</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>อาร์กิวเมนต์ตามตำแหน่ง</translation>
    </message>
    <message>
        <source>print the audit log, or export it (.csv or .xlsx)</source>
        <translation>แสดงบันทึกการแก้ไขข้อมูล หรือส่งออกเป็นไฟล์ (.csv หรือ .xlsx)</translation>
    </message>
    <message>
        <source>print under each plan row the forum it came from and its vote (ที่มา)</source>
        <translation>พิมพ์ที่มาใต้แต่ละแถวของแผน: เวทีประชาคมที่เสนอและผลการลงมติ</translation>
    </message>
    <message>
        <source>print what a forum file holds, as JSON</source>
        <translation>แสดงข้อมูลในไฟล์ประชาคมในรูปแบบ JSON</translation>
    </message>
    <message>
        <source>proposals raised at the demo meeting (default: 60)</source>
        <translation>จำนวนข้อเสนอในการประชุมตัวอย่าง (ค่าเริ่มต้น: 60)</translation>
    </message>
    <message>
        <source>proposals: add one budget column per year of this plan period, e.g. 2566-2570</source>
        <translation>ข้อเสนอ: เพิ่มคอลัมน์งบประมาณรายปีตามช่วงแผนนี้ เช่น 2566-2570</translation>
    </message>
    <message>
        <source>random seed: the same seed writes the same forum (default: 2562)</source>
        <translation>ค่าตั้งต้นการสุ่ม: ค่าเดียวกันให้ไฟล์ประชาคมเหมือนเดิมทุกครั้ง (ค่าเริ่มต้น: 2562)</translation>
    </message>
    <message>
        <source>really erase (without it, only show what would be erased)</source>
        <translation>ลบจริง (หากไม่ระบุ จะแสดงเพียงรายการที่จะถูกลบ)</translation>
    </message>
    <message>
        <source>record the steps written in the fates workbook (all rows or none)</source>
        <translation>บันทึกผลการดำเนินการจากแบบติดตามข้อเสนอ (นำเข้าทุกแถวหรือไม่นำเข้าเลย)</translation>
    </message>
    <message>
        <source>record what happened to a proposal after the forum</source>
        <translation>บันทึกผลการดำเนินการตามข้อเสนอหลังเวทีประชาคม</translation>
    </message>
    <message>
        <source>registry size (default: a third more than the attendees)</source>
        <translation>จำนวนประชาชนในทะเบียน (ค่าเริ่มต้น: มากกว่าจำนวนผู้เข้าร่วมประชุมหนึ่งในสาม)</translation>
    </message>
    <message>
        <source>restore a forum file from a snapshot (the current file is kept aside)</source>
        <translation>กู้คืนไฟล์ประชาคมจากสำเนาอัตโนมัติ (ไฟล์ปัจจุบันจะถูกเก็บไว้)</translation>
    </message>
    <message>
        <source>run a forum server for the hall on this laptop (PostgreSQL)</source>
        <translation>เปิดเซิร์ฟเวอร์ประชาคมสำหรับห้องประชุมบนเครื่องนี้ (PostgreSQL)</translation>
    </message>
    <message>
        <source>show phone numbers and ID digits unmasked (the file is marked INTERNAL)</source>
        <translation>แสดงเบอร์โทรศัพท์และเลขประจำตัวโดยไม่ปิดบัง (แฟ้มจะมีเครื่องหมาย &quot;ภายใน&quot;)</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>แสดงรุ่นของโปรแกรมแล้วออก</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>แสดงคำอธิบายนี้แล้วออก</translation>
    </message>
    <message>
        <source>start the app (the default)</source>
        <translation>เปิดโปรแกรม (ค่าเริ่มต้น)</translation>
    </message>
    <message>
        <source>stop the server</source>
        <translation>หยุดเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>strategies, tactics and programs (created or renamed) with their linkage lines</source>
        <translation>ยุทธศาสตร์ กลยุทธ์ และแผนงาน (สร้างใหม่หรือเปลี่ยนชื่อ) พร้อมความเชื่อมโยง ก.-จ.</translation>
    </message>
    <message>
        <source>take proposals of community-level meetings into a town meeting</source>
        <translation>นำข้อเสนอจากเวทีประชาคมระดับชุมชนเข้าสู่เวทีประชาคมระดับเมือง</translation>
    </message>
    <message>
        <source>the budget in baht</source>
        <translation>งบประมาณ (บาท)</translation>
    </message>
    <message>
        <source>the day the announcement is posted (a Buddhist-era year such as 2569-12-07 is read as such; default: today)</source>
        <translation>วันที่ปิดประกาศ (ใช้ปี พ.ศ. ได้ เช่น 2569-12-07; ค่าเริ่มต้น: วันนี้)</translation>
    </message>
    <message>
        <source>the fiscal year (B.E.) of its budget</source>
        <translation>ปีงบประมาณ (พ.ศ.) ที่ได้รับงบประมาณ</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ต้องระบุอาร์กิวเมนต์ต่อไปนี้: %s</translation>
    </message>
    <message>
        <source>the municipality&apos;s vision</source>
        <translation>วิสัยทัศน์ของเทศบาล</translation>
    </message>
    <message>
        <source>the new forum file (must not exist yet)</source>
        <translation>ไฟล์ประชาคมใหม่ที่จะสร้าง (ต้องยังไม่มีไฟล์ชื่อนี้)</translation>
    </message>
    <message>
        <source>the plan form it went into, e.g. ผ.02 or ผ.02/1</source>
        <translation>แบบฟอร์มแผนที่บรรจุ เช่น ผ.02 หรือ ผ.02/1</translation>
    </message>
    <message>
        <source>the plan itself (default), or an addition or change to it (needs --edition-number)</source>
        <translation>แผนพัฒนาท้องถิ่นเอง (ค่าเริ่มต้น) หรือแผนเพิ่มเติม/เปลี่ยนแปลง (ต้องระบุ --edition-number)</translation>
    </message>
    <message>
        <source>the plan-rows workbook written by &apos;export --plan-rows-xlsx&apos;, filled in</source>
        <translation>ไฟล์แถวแผนจาก &apos;export --plan-rows-xlsx&apos; ที่กรอกข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>the proposal&apos;s id</source>
        <translation>เลขรหัสของข้อเสนอ</translation>
    </message>
    <message>
        <source>the results of every meeting in the plan period, not only --meeting&apos;s</source>
        <translation>ผลการดำเนินการของทุกการประชุมในช่วงแผนพัฒนา ไม่เฉพาะการประชุมตาม --meeting</translation>
    </message>
    <message>
        <source>treat the people listed as likely the same as one person (default: list them and keep them apart)</source>
        <translation>ถือว่าผู้ที่น่าจะเป็นคนเดียวกันเป็นคนเดียวกัน (ค่าเริ่มต้น: แสดงรายชื่อและแยกไว้เป็นคนละคน)</translation>
    </message>
    <message>
        <source>unknown plan form {form}: write it as ผ.02, ผ.02/1 or ผ.03</source>
        <translation>ไม่รู้จักแบบฟอร์มแผน {form} กรุณาเขียนเป็น ผ.02, ผ.02/1 หรือ ผ.03</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ไม่รู้จักอาร์กิวเมนต์: %s</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>วิธีใช้: </translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>ผลการดำเนินการ</translation>
    </message>
    <message>
        <source>when, YYYY-MM-DD (a Buddhist-era year is read as such)</source>
        <translation>วันที่ ในรูป ปปปป-ดด-วว (ปี พ.ศ. ก็ได้)</translation>
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
        <source>write the Excel workbook</source>
        <translation>บันทึกตารางข้อมูล Excel</translation>
    </message>
    <message>
        <source>write the PDF documents as archival PDF/A-2b</source>
        <translation>บันทึกเอกสาร PDF เป็น PDF/A-2b สำหรับเก็บถาวร</translation>
    </message>
    <message>
        <source>write the announcement (ประกาศ) of the forum&apos;s result</source>
        <translation>บันทึกประกาศผลการจัดเวทีประชาคม</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD, e.g. 2020-01-31</source>
        <translation>กรุณาระบุวันที่ในรูปแบบ YYYY-MM-DD เช่น 2020-01-31</translation>
    </message>
    <message>
        <source>write the draft plan rows of the meeting as a workbook to fill in and import back with &apos;import --plan-rows&apos;</source>
        <translation>บันทึกร่างแถวแผนของการประชุมเป็นไฟล์ Excel เพื่อกรอกข้อมูลแล้วนำเข้ากลับด้วย &apos;import --plan-rows&apos;</translation>
    </message>
    <message>
        <source>write the evidence pack of a meeting (documents, forum snapshot, SHA-256)</source>
        <translation>จัดทำชุดหลักฐานของการประชุม (เอกสาร สำเนาไฟล์ประชาคม SHA-256)</translation>
    </message>
    <message>
        <source>write the minutes</source>
        <translation>บันทึกรายงานการประชุม</translation>
    </message>
    <message>
        <source>write the plan forms (ผ.01-ผ.03) as a PDF, A4 landscape, ready to bind</source>
        <translation>บันทึกแบบแผน (ผ.01-ผ.03) เป็น PDF กระดาษ A4 แนวนอน พร้อมเข้าเล่ม</translation>
    </message>
    <message>
        <source>write the plan forms workbook (ผ.01-ผ.03) of the proposals of the meeting routed to a plan form</source>
        <translation>บันทึกสมุดงานแบบฟอร์มแผน (ผ.01-ผ.03) ของข้อเสนอในการประชุมที่กำหนดแบบฟอร์มแผนแล้ว</translation>
    </message>
    <message>
        <source>write the plan period as two Buddhist-era years, e.g. 2561-2565</source>
        <translation>กรุณาระบุระยะเวลาของแผนเป็นปีพุทธศักราชสองปี เช่น 2561-2565</translation>
    </message>
    <message>
        <source>write the privacy notice for the registration desk (PDF)</source>
        <translation>จัดทำประกาศความเป็นส่วนตัวสำหรับจุดลงทะเบียน (PDF)</translation>
    </message>
    <message>
        <source>write the sign-in sheets</source>
        <translation>บันทึกบัญชีลงชื่อผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>write the tally report</source>
        <translation>บันทึกรายงานผลการลงมติ</translation>
    </message>
    <message>
        <source>write the workbook of every proposal&apos;s fate for the planning office to fill in</source>
        <translation>สร้างแบบติดตามผลการดำเนินการตามข้อเสนอทุกข้อให้งานวิเคราะห์นโยบายและแผนกรอก</translation>
    </message>
    <message>
        <source>write what became of the proposals (a summary and a page per community, PDF)</source>
        <translation>บันทึกผลการดำเนินการตามข้อเสนอ (สรุปและหน้าละหนึ่งชุมชน เป็น PDF)</translation>
    </message>
    <message>
        <source>write what became of the proposals as a workbook</source>
        <translation>บันทึกผลการดำเนินการตามข้อเสนอเป็นไฟล์ Excel</translation>
    </message>
    <message>
        <source>{changed} of {read} rows changed the forum ({same} were the same).</source>
        <translation>ปรับปรุงข้อมูล {changed} จาก {read} แถว ({same} แถวไม่มีการเปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>{name} was already checked in at {time} ({desk}).</source>
        <translation>{name} ลงทะเบียนไว้แล้วเมื่อเวลา {time} น. ({desk})</translation>
    </message>
    <message>
        <source>{n} added</source>
        <translation>เพิ่ม {n} รายการ</translation>
    </message>
    <message>
        <source>{n} people match “{text}”: give --person ID (ids above).</source>
        <translation>มีผู้ที่ตรงกับ “{text}” {n} คน กรุณาระบุ --person รหัส (ดูรหัสด้านบน)</translation>
    </message>
    <message>
        <source>{n} proposals carried over, {m} were already there</source>
        <translation>นำข้อเสนอเข้า {n} รายการ มีอยู่แล้ว {m} รายการ</translation>
    </message>
    <message>
        <source>{path} has no snapshots yet.</source>
        <translation>{path} ยังไม่มีสำเนาอัตโนมัติ</translation>
    </message>
    <message>
        <source>{path} is open in {holder}: close it there first.</source>
        <translation>{path} เปิดอยู่ใน {holder} กรุณาปิดที่นั่นก่อน</translation>
    </message>
    <message>
        <source>{path}: NOT healthy</source>
        <translation>{path}: ไฟล์มีปัญหา</translation>
    </message>
    <message>
        <source>{path}: healthy (schema {version})</source>
        <translation>{path}: ไฟล์สมบูรณ์ (โครงสร้างข้อมูลรุ่นที่ {version})</translation>
    </message>
    <message>
        <source>{people} people ({phones} phone numbers, {ids} national IDs), {proposals} proposer names, {events} audit records; {attendances} attendance rows are kept.</source>
        <translation>{people} คน (เบอร์โทรศัพท์ {phones} รายการ เลขประจำตัวประชาชน {ids} รายการ) ชื่อผู้เสนอ {proposals} รายการ บันทึกการแก้ไข {events} รายการ ยังคงเก็บรายการลงทะเบียน {attendances} รายการไว้</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ไม่ใช่จำนวนเต็ม</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>&quot;{status}&quot; is not a proposal status.</source>
        <translation>&quot;{status}&quot; ไม่ใช่สถานะของข้อเสนอ</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date.</source>
        <translation>&quot;{value}&quot; ไม่ใช่วันที่</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a list of years such as 2563-2565.</source>
        <translation>&quot;{value}&quot; ไม่ใช่ปีพุทธศักราชที่ถูกต้อง กรุณาระบุ เช่น 2563-2565</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid Thai phone number.</source>
        <translation>&quot;{value}&quot; ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a year.</source>
        <translation>&quot;{value}&quot; ไม่ใช่ปี พ.ศ.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an amount of baht.</source>
        <translation>&quot;{value}&quot; ไม่ใช่จำนวนเงินบาทที่ถูกต้อง</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of: {choices}.</source>
        <translation>&quot;{value}&quot; ไม่ใช่ค่าใดค่าหนึ่งต่อไปนี้: {choices}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not the id of a proposal.</source>
        <translation>&quot;{value}&quot; ไม่ใช่รหัสข้อเสนอ</translation>
    </message>
    <message>
        <source>A budgeted proposal needs its fiscal year.</source>
        <translation>ข้อเสนอที่ได้รับงบประมาณต้องระบุปีงบประมาณ</translation>
    </message>
    <message>
        <source>A community-level meeting needs its community.</source>
        <translation>การประชุมระดับชุมชนต้องระบุชุมชน</translation>
    </message>
    <message>
        <source>A forum file cannot be merged into itself.</source>
        <translation>ไม่สามารถรวมไฟล์ประชาคมเข้ากับตัวเองได้</translation>
    </message>
    <message>
        <source>A meeting cannot carry proposals over from itself.</source>
        <translation>การประชุมไม่สามารถนำข้อเสนอจากตัวเองเข้ามาได้</translation>
    </message>
    <message>
        <source>A merged proposal cannot be withdrawn; undo the merge first.</source>
        <translation>ไม่สามารถถอนข้อเสนอที่ถูกรวมแล้วได้ กรุณายกเลิกการรวมข้อเสนอก่อน</translation>
    </message>
    <message>
        <source>A merged proposal needs the proposal it was merged into.</source>
        <translation>ข้อเสนอที่รวมแล้วต้องระบุข้อเสนอที่รวมเข้าด้วย</translation>
    </message>
    <message>
        <source>A proposal cannot be merged into itself.</source>
        <translation>ไม่สามารถรวมข้อเสนอเข้ากับข้อเสนอเดียวกันได้</translation>
    </message>
    <message>
        <source>A proposal put into the plan needs its plan form.</source>
        <translation>ข้อเสนอที่เข้าแผนต้องระบุแบบแผน</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <source>An import of {total} rows is being saved on this computer ({done} done, about {seconds} seconds left); try again when it has finished.</source>
        <translation>กำลังบันทึกการนำเข้าข้อมูล {total} แถวในเครื่องนี้ (เสร็จแล้ว {done} แถว เหลืออีกประมาณ {seconds} วินาที) ให้ลองอีกครั้งเมื่อบันทึกเสร็จแล้ว</translation>
    </message>
    <message>
        <source>An import of {total} rows is being saved on this computer; try again when it has finished.</source>
        <translation>กำลังบันทึกการนำเข้าข้อมูล {total} แถวในเครื่องนี้ ให้ลองอีกครั้งเมื่อบันทึกเสร็จแล้ว</translation>
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
        <source>Cannot read {name}: {reason}.</source>
        <translation>อ่านไฟล์ {name} ไม่ได้ เพราะ{reason}</translation>
    </message>
    <message>
        <source>Cannot save {name}. Is it open in another program?</source>
        <translation>ไม่สามารถบันทึกไฟล์ {name} ได้ กรุณาตรวจสอบว่าไฟล์เปิดอยู่ในโปรแกรมอื่นหรือไม่</translation>
    </message>
    <message>
        <source>Choose at least one forum file to merge.</source>
        <translation>เลือกไฟล์ประชาคมที่จะรวมอย่างน้อยหนึ่งไฟล์</translation>
    </message>
    <message>
        <source>Choose at least one meeting to carry proposals from.</source>
        <translation>เลือกการประชุมที่จะนำข้อเสนอเข้ามาอย่างน้อยหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>Choose the community of the proposal.</source>
        <translation>กรุณาเลือกชุมชนของข้อเสนอ</translation>
    </message>
    <message>
        <source>Choose the program (แผนงาน) of the plan row.</source>
        <translation>กรุณาเลือกแผนงานของโครงการในแผน</translation>
    </message>
    <message>
        <source>Code &quot;{code}&quot; is already used here.</source>
        <translation>รหัส &quot;{code}&quot; ถูกใช้แล้วในระดับนี้</translation>
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
        <source>Other proposals were merged into this one; undo the merge first.</source>
        <translation>มีข้อเสนออื่นรวมเข้ากับข้อเสนอนี้แล้ว กรุณาเลิกการรวมก่อน</translation>
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
        <source>PostgreSQL is not installed on this computer (initdb was not found). Install it (Debian/Ubuntu: apt install postgresql postgresql-contrib; Windows: the PostgreSQL installer) or give its bin folder with --pg-bin.</source>
        <translation>เครื่องนี้ยังไม่ได้ติดตั้ง PostgreSQL (ไม่พบ initdb) กรุณาติดตั้ง (Debian/Ubuntu: apt install postgresql postgresql-contrib; Windows: โปรแกรมติดตั้ง PostgreSQL) หรือระบุโฟลเดอร์ bin ด้วย --pg-bin</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Proposal {id} already exists.</source>
        <translation>ข้อเสนอ {id} มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Row {row} of {name}: a quote mark (&quot;) opens a cell that does not close where the cell ends, so the rows after it would be read as one cell. Remove the stray quote mark (or write it twice: &quot;&quot;) and import it again.</source>
        <translation>แถวที่ {row} ของ {name}: มีเครื่องหมายอัญประกาศ (&quot;) เปิดเซลล์แต่ไม่ได้ปิดตรงที่เซลล์สิ้นสุด แถวถัดไปจึงจะถูกอ่านรวมเป็นเซลล์เดียว ลบเครื่องหมายอัญประกาศที่เกินออก (หรือพิมพ์ซ้ำสองตัว: &quot;&quot;) แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>Row {row} of {name}: the cell in column {column} holds {length} characters; a cell may hold at most {limit}. Check that row (a quote mark that is never closed joins many cells into one) and import it again.</source>
        <translation>แถวที่ {row} ของ {name}: เซลล์ในคอลัมน์ {column} มี {length} ตัวอักษร แต่เซลล์หนึ่งมีได้ไม่เกิน {limit} ตัวอักษร ตรวจแถวนั้น (เครื่องหมายอัญประกาศที่ไม่ได้ปิดจะรวมหลายเซลล์เป็นเซลล์เดียว) แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>แถวที่ {row}: {message}</translation>
    </message>
    <message>
        <source>Say why the proposal was not done.</source>
        <translation>กรุณาระบุเหตุผลที่ไม่ได้ดำเนินการ</translation>
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
        <source>Tactic</source>
        <translation>กลยุทธ์</translation>
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
        <source>The amount must be a number of baht, 0 or more.</source>
        <translation>จำนวนเงินต้องเป็นตัวเลข (บาท) ตั้งแต่ 0 ขึ้นไป</translation>
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
        <source>The budget {total} is not the sum of its years ({sum}).</source>
        <translation>งบประมาณ {total} ไม่เท่ากับผลรวมงบประมาณรายปี ({sum})</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>ประธานในที่ประชุม</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>The column &quot;{column}&quot; of {file} is for a year outside the plan period {start}-{end}.</source>
        <translation>คอลัมน์ &quot;{column}&quot; ในไฟล์ {file} เป็นปีที่อยู่นอกช่วงแผน {start}-{end}</translation>
    </message>
    <message>
        <source>The copy to {location} is incomplete ({tables}); nothing was kept.</source>
        <translation>การคัดลอกไปยัง {location} ไม่ครบ ({tables}) จึงไม่ได้เก็บข้อมูลใดไว้</translation>
    </message>
    <message>
        <source>The database server could not be started: {error}</source>
        <translation>ไม่สามารถเริ่มเซิร์ฟเวอร์ฐานข้อมูลได้: {error}</translation>
    </message>
    <message>
        <source>The database {location} belongs to another program, not a forum.</source>
        <translation>ฐานข้อมูล {location} เป็นของโปรแกรมอื่น ไม่ใช่ข้อมูลประชาคม</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>ยังไม่ได้ระบุวันที่</translation>
    </message>
    <message>
        <source>The disk is full: the last change to {path} was not saved. Free some space; everything saved before is safe.</source>
        <translation>ดิสก์เต็ม: การแก้ไขล่าสุดใน {path} ไม่ได้บันทึก กรุณาเพิ่มพื้นที่ว่าง ข้อมูลที่บันทึกไว้ก่อนหน้ายังอยู่ครบ</translation>
    </message>
    <message>
        <source>The disk of {path} reported an error: the last change was not saved. Everything saved before is safe.</source>
        <translation>ดิสก์ของ {path} แจ้งข้อผิดพลาด: การแก้ไขล่าสุดไม่ได้บันทึก ข้อมูลที่บันทึกไว้ก่อนหน้ายังอยู่ครบ</translation>
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
        <source>The file {path} is an empty database, not a forum file; it was not changed. Create a new forum with the New command instead.</source>
        <translation>ไฟล์ {path} เป็นฐานข้อมูลว่าง ไม่ใช่แฟ้มเวที และไม่ได้ถูกแก้ไข ให้สร้างเวทีใหม่ด้วยคำสั่ง สร้างใหม่ แทน</translation>
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
        <source>The fiscal year must be a Buddhist-era year, e.g. 2564.</source>
        <translation>ปีงบประมาณต้องเป็นปีพุทธศักราช เช่น 2564</translation>
    </message>
    <message>
        <source>The forum file {path} cannot be written (read-only disk or folder): the last change was not saved. Everything saved before is safe.</source>
        <translation>เขียนไฟล์ประชาคม {path} ไม่ได้ (ดิสก์หรือโฟลเดอร์อ่านได้อย่างเดียว): การแก้ไขล่าสุดไม่ได้บันทึก ข้อมูลที่บันทึกไว้ก่อนหน้ายังอยู่ครบ</translation>
    </message>
    <message>
        <source>The forum file {path} could not be upgraded: {error}</source>
        <translation>ไม่สามารถปรับรุ่นไฟล์ประชาคม {path} ได้: {error}</translation>
    </message>
    <message>
        <source>The forum file {path} does not exist.</source>
        <translation>ไม่พบไฟล์ประชาคม {path}</translation>
    </message>
    <message>
        <source>The forum file {path} has a leftover {wal} file that belongs to another database; it was not opened. Move that file away or restore a snapshot.</source>
        <translation>ไฟล์ประชาคม {path} มีไฟล์ {wal} ค้างอยู่ซึ่งเป็นของฐานข้อมูลอื่น ระบบจึงไม่ได้เปิดไฟล์ กรุณาย้ายไฟล์นั้นออก หรือกู้คืนจากสำเนาอัตโนมัติ</translation>
    </message>
    <message>
        <source>The forum file {path} is busy in another program: the last change was not saved. Try again.</source>
        <translation>ไฟล์ประชาคม {path} กำลังถูกใช้งานโดยโปรแกรมอื่น: การแก้ไขล่าสุดไม่ได้บันทึก กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The forum file {path} is damaged and was not opened. Restore it from a backup copy.</source>
        <translation>ไฟล์ประชาคม {path} เสียหาย ระบบจึงไม่ได้เปิดไฟล์ กรุณากู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
        <source>The forum file {path} is damaged and was not opened: its header declares a file format ({write}/{read}) that cannot be written. Restore it from a backup copy.</source>
        <translation>แฟ้มเวที {path} เสียหายและไม่ได้เปิด: ส่วนหัวของแฟ้มระบุรูปแบบแฟ้ม ({write}/{read}) ที่เขียนไม่ได้ ให้กู้คืนจากสำเนาสำรอง</translation>
    </message>
    <message>
        <source>The forum file {path} is damaged and was not opened: the text in table {table}, row {row}, field {field} cannot be read. Restore it from a backup copy.</source>
        <translation>ไฟล์ประชาคม {path} เสียหาย ระบบจึงไม่ได้เปิดไฟล์: ข้อมูลในตาราง {table} แถวที่ {row} ช่อง {field} อ่านไม่ได้ กรุณากู้คืนจากไฟล์สำรอง</translation>
    </message>
    <message>
        <source>The forum file {path} is on a read-only disk or folder and cannot be opened there (its latest changes wait in {wal}, or it must be upgraded). Copy it together with its {wal} file to this computer&apos;s working folder and open the copy.</source>
        <translation>แฟ้มเวที {path} อยู่บนดิสก์หรือโฟลเดอร์ที่เขียนไม่ได้ จึงเปิดที่นั่นไม่ได้ (การแก้ไขล่าสุดยังอยู่ในไฟล์ {wal} หรือต้องปรับรุ่นแฟ้มก่อน) ให้คัดลอกแฟ้มพร้อมไฟล์ {wal} มาไว้ที่โฟลเดอร์ทำงานของเครื่องนี้ แล้วเปิดสำเนานั้น</translation>
    </message>
    <message>
        <source>The forum file {path} was made by a newer version of kppforum (schema {found}, this version reads up to {supported}). Please update kppforum.</source>
        <translation>ไฟล์ประชาคม {path} สร้างจาก kppforum รุ่นที่ใหม่กว่า (โครงสร้างข้อมูลรุ่นที่ {found} รุ่นนี้อ่านได้ถึงรุ่นที่ {supported}) กรุณาปรับปรุง kppforum เป็นรุ่นล่าสุด</translation>
    </message>
    <message>
        <source>The forum file {path} was opened read-only (it is on a read-only disk or folder): nothing can be saved. Copy it to this computer&apos;s working folder to work on it.</source>
        <translation>แฟ้มเวที {path} ถูกเปิดแบบอ่านอย่างเดียว (อยู่บนดิสก์หรือโฟลเดอร์ที่เขียนไม่ได้) จึงบันทึกอะไรไม่ได้ ให้คัดลอกแฟ้มมาไว้ที่โฟลเดอร์ทำงานของเครื่องนี้เพื่อทำงานต่อ</translation>
    </message>
    <message>
        <source>The forum on {location} has an older schema ({found}). Pull it into a file, open that file once (it is upgraded) and push it to a new database.</source>
        <translation>ข้อมูลประชาคมบน {location} ใช้โครงสร้างข้อมูลรุ่นเก่า (รุ่นที่ {found}) กรุณาดึงลงไฟล์ เปิดไฟล์นั้นหนึ่งครั้ง (ระบบจะปรับรุ่นให้) แล้วส่งขึ้นฐานข้อมูลใหม่</translation>
    </message>
    <message>
        <source>The forum on {location} was made by a newer version of kppforum (schema {found}, this version reads up to {supported}). Please update kppforum.</source>
        <translation>ข้อมูลประชาคมบน {location} สร้างจาก kppforum รุ่นที่ใหม่กว่า (โครงสร้างข้อมูลรุ่นที่ {found} รุ่นนี้อ่านได้ถึงรุ่นที่ {supported}) กรุณาปรับปรุง kppforum เป็นรุ่นล่าสุด</translation>
    </message>
    <message>
        <source>The forum server {location} cannot be reached. Check the address, the network and that the host laptop runs kppforum host.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ประชาคม {location} ไม่ได้ กรุณาตรวจสอบที่อยู่ เครือข่าย และว่าเครื่องแม่ข่ายเปิด kppforum host อยู่</translation>
    </message>
    <message>
        <source>The forum server {location} cannot be reached: the last change was not saved. Check the network; kppforum reconnects by itself.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ประชาคม {location} ไม่ได้: การแก้ไขล่าสุดไม่ได้บันทึก กรุณาตรวจสอบเครือข่าย kppforum จะเชื่อมต่อใหม่เอง</translation>
    </message>
    <message>
        <source>The forum server {location} refused the connection: {error}</source>
        <translation>เซิร์ฟเวอร์ประชาคม {location} ปฏิเสธการเชื่อมต่อ: {error}</translation>
    </message>
    <message>
        <source>The last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>The location</source>
        <translation>สถานที่</translation>
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
        <source>The minute taker</source>
        <translation>ผู้จดรายงานการประชุม</translation>
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
        <source>The note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>The plan period must not end before it starts.</source>
        <translation>ปีสิ้นสุดของแผนต้องไม่ก่อนปีเริ่มต้น</translation>
    </message>
    <message>
        <source>The plan row</source>
        <translation>รายการในแผน</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>The program {name} is no longer in use.</source>
        <translation>แผนงาน {name} ไม่ได้ใช้งานแล้ว</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>The proposal to merge into must be open.</source>
        <translation>ข้อเสนอที่จะรวมเข้าด้วยต้องอยู่ระหว่างการพิจารณา</translation>
    </message>
    <message>
        <source>The proposer</source>
        <translation>ผู้เสนอ</translation>
    </message>
    <message>
        <source>The reference letter</source>
        <translation>หนังสืออ้างอิง</translation>
    </message>
    <message>
        <source>The resolution</source>
        <translation>มติ</translation>
    </message>
    <message>
        <source>The reviewer</source>
        <translation>ผู้ตรวจรายงานการประชุม</translation>
    </message>
    <message>
        <source>The server database {location} already holds a forum; push only into an empty one.</source>
        <translation>ฐานข้อมูล {location} บนเซิร์ฟเวอร์มีข้อมูลประชาคมอยู่แล้ว ส่งขึ้นได้เฉพาะฐานข้อมูลว่างเท่านั้น</translation>
    </message>
    <message>
        <source>The server database {location} holds no forum yet. Push a forum file onto it first (kppforum push).</source>
        <translation>ฐานข้อมูล {location} บนเซิร์ฟเวอร์ยังไม่มีข้อมูลประชาคม กรุณาส่งไฟล์ประชาคมขึ้นไปก่อน (kppforum push)</translation>
    </message>
    <message>
        <source>The server {location} refused the user name or password.</source>
        <translation>เซิร์ฟเวอร์ {location} ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>คำนำหน้าชื่อ</translation>
    </message>
    <message>
        <source>The venue</source>
        <translation>สถานที่ประชุม</translation>
    </message>
    <message>
        <source>The vision</source>
        <translation>วิสัยทัศน์</translation>
    </message>
    <message>
        <source>The {column} cell is empty.</source>
        <translation>ช่อง {column} ว่างอยู่ กรุณากรอก</translation>
    </message>
    <message>
        <source>There cannot be more attendees than residents in the registry.</source>
        <translation>จำนวนผู้เข้าร่วมประชุมต้องไม่มากกว่าจำนวนประชาชนในทะเบียน</translation>
    </message>
    <message>
        <source>This installation of kppforum cannot connect to a forum server (the psycopg driver is missing: pip install &apos;kppforum[postgres]&apos;).</source>
        <translation>kppforum ที่ติดตั้งไว้นี้เชื่อมต่อเซิร์ฟเวอร์ประชาคมไม่ได้ (ไม่มีไดรเวอร์ psycopg: pip install &apos;kppforum[postgres]&apos;)</translation>
    </message>
    <message>
        <source>This login ({user}) may not make this change on {location}: the registration desk account can only check people in and add walk-ins. Nothing was saved.</source>
        <translation>ผู้ใช้นี้ ({user}) ไม่มีสิทธิ์แก้ไขข้อมูลนี้บน {location}: บัญชีโต๊ะลงทะเบียนทำได้เฉพาะลงทะเบียนผู้เข้าร่วมและเพิ่มผู้ที่ไม่มีชื่อในทะเบียน ไม่มีข้อมูลใดถูกบันทึก</translation>
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
        <source>This proposal already has a vote tally; withdraw it instead.</source>
        <translation>ข้อเสนอนี้มีผลการลงมติแล้ว ให้ใช้การถอนข้อเสนอแทน</translation>
    </message>
    <message>
        <source>Top must be 1 or more.</source>
        <translation>จำนวนลำดับแรกต้องตั้งแต่ 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>Unknown community &quot;{value}&quot;.</source>
        <translation>ไม่พบชุมชน &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>Unknown fate of a proposal: {kind}.</source>
        <translation>ไม่รู้จักผลการดำเนินการของข้อเสนอ: {kind}</translation>
    </message>
    <message>
        <source>Unknown meeting level or status.</source>
        <translation>ระดับหรือสถานะการประชุมไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Unknown plan form.</source>
        <translation>ไม่รู้จักแบบฟอร์มแผนนี้</translation>
    </message>
    <message>
        <source>Unknown plan form: {form}.</source>
        <translation>ไม่รู้จักแบบฟอร์มแผน: {form}</translation>
    </message>
    <message>
        <source>Unknown plan layout.</source>
        <translation>ไม่รู้จักรูปแบบแผนนี้</translation>
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
        <source>choose what happened (the other cells need it).</source>
        <translation>กรุณาเลือกผลการดำเนินการ (ช่องอื่นในแถวต้องใช้)</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>เป็นโฟลเดอร์ ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>it is no longer there (was the USB drive removed?)</source>
        <translation>ไม่พบไฟล์แล้ว (ถอดแฟลชไดรฟ์ออกไปหรือไม่)</translation>
    </message>
    <message>
        <source>program {code} is new: give its name.</source>
        <translation>แผนงาน {code} เป็นแผนงานใหม่: โปรดระบุชื่อแผนงาน</translation>
    </message>
    <message>
        <source>proposal {id} is already on row {row}.</source>
        <translation>ข้อเสนอ {id} มีอยู่แล้วในแถวที่ {row}</translation>
    </message>
    <message>
        <source>row {row} gives &quot;{text}&quot; here.</source>
        <translation>แถวที่ {row} ระบุไว้เป็น &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>several programs have the code &quot;{value}&quot;: rename one of them.</source>
        <translation>มีแผนงานหลายแผนงานที่ใช้รหัส &quot;{value}&quot;: โปรดเปลี่ยนรหัสแผนงานใดแผนงานหนึ่ง</translation>
    </message>
    <message>
        <source>strategy {code} already has the name &quot;{name}&quot;.</source>
        <translation>ยุทธศาสตร์ {code} ใช้ชื่อ &quot;{name}&quot; อยู่แล้ว</translation>
    </message>
    <message>
        <source>strategy {code} is new: give its name.</source>
        <translation>ยุทธศาสตร์ {code} เป็นยุทธศาสตร์ใหม่: โปรดระบุชื่อยุทธศาสตร์</translation>
    </message>
    <message>
        <source>tactic {code} is new: give its name.</source>
        <translation>กลยุทธ์ {code} เป็นกลยุทธ์ใหม่: โปรดระบุชื่อกลยุทธ์</translation>
    </message>
    <message>
        <source>the code is longer than {n} characters.</source>
        <translation>รหัสยาวเกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <source>the code is missing.</source>
        <translation>ไม่ได้ระบุรหัส</translation>
    </message>
    <message>
        <source>the computer does not allow reading it (it may be open in Excel, or this user may not have the right to read that folder)</source>
        <translation>เครื่องไม่อนุญาตให้อ่านไฟล์ (ไฟล์อาจเปิดค้างอยู่ใน Excel หรือผู้ใช้นี้ไม่มีสิทธิ์อ่านโฟลเดอร์นั้น)</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>ไม่ได้ระบุวันที่</translation>
    </message>
    <message>
        <source>the id is missing.</source>
        <translation>ไม่ได้ระบุรหัสข้อเสนอ</translation>
    </message>
    <message>
        <source>the key is missing (do not change the grey columns).</source>
        <extracomment>Earlier words for a fate that a filled-in workbook may still hold. Context columns: written for the reader, never read back. The columns of one new step.</extracomment>
        <translation>ไม่มีรหัสอ้างอิง (ห้ามแก้ไขคอลัมน์สีเทา)</translation>
    </message>
    <message>
        <source>the name is longer than {n} characters.</source>
        <translation>ชื่อยาวเกิน {n} ตัวอักษร</translation>
    </message>
    <message>
        <source>the system reported: {error}</source>
        <translation>ระบบแจ้งว่า {error}</translation>
    </message>
    <message>
        <source>the tactic&apos;s code is missing.</source>
        <translation>ไม่ได้ระบุรหัสกลยุทธ์</translation>
    </message>
    <message>
        <source>there is no program &quot;{value}&quot;.</source>
        <extracomment>The Thai label of each destination in the workbook (blank: not decided yet). Context columns: written for the reader, never read back.</extracomment>
        <translation>ไม่พบแผนงาน &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>there is no proposal with the key &quot;{value}&quot; here.</source>
        <translation>ไม่พบข้อเสนอที่มีรหัสอ้างอิง &quot;{value}&quot; ในไฟล์ประชาคมนี้</translation>
    </message>
    <message>
        <source>there is no proposal {id} in this forum.</source>
        <translation>ไม่พบข้อเสนอรหัส {id} ในไฟล์ประชาคมนี้</translation>
    </message>
    <message>
        <source>this proposal is already on row {row}.</source>
        <translation>ข้อเสนอนี้มีอยู่แล้วในแถวที่ {row}</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>{column}: {message}</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; already exists.</source>
        <translation>{label} &quot;{value}&quot; มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>{label} is too long: {n} characters, at most {max} are allowed.</source>
        <translation>{label}ยาวเกินไป: {n} ตัวอักษร ใส่ได้ไม่เกิน {max} ตัวอักษร</translation>
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
        <source>{location} is not a forum server address. Write it as postgresql://user@host:port/database.</source>
        <translation>{location} ไม่ใช่ที่อยู่เซิร์ฟเวอร์ประชาคม กรุณาเขียนในรูป postgresql://ผู้ใช้@เครื่อง:พอร์ต/ฐานข้อมูล</translation>
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
        <source>{name} lacks the column(s) {columns}. The columns found in its first row are: {found}. Name each column as in the template (Thai or English) and import it again.</source>
        <translation>ไฟล์ {name} ไม่มีคอลัมน์ {columns} คอลัมน์ที่พบในแถวแรกของไฟล์คือ {found} กรุณาตั้งชื่อหัวคอลัมน์ตามแบบฟอร์ม (ภาษาไทยหรืออังกฤษก็ได้) แล้วนำเข้าอีกครั้ง</translation>
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
    <name>evidence</name>
    <message>
        <source>The evidence pack is a .zip file: {name}</source>
        <translation>ชุดหลักฐานต้องเป็นไฟล์ .zip: {name}</translation>
    </message>
    <message>
        <source>This evidence pack holds personal data: the forum copy in it has the phone numbers and national ID hashes of the people. Keep it with the organisers; never publish it or hand it to anyone outside them.</source>
        <translation>ชุดหลักฐานนี้มีข้อมูลส่วนบุคคล: สำเนาแฟ้มเวทีในชุดนี้มีเบอร์โทรศัพท์และค่าแฮชเลขประจำตัวประชาชนของผู้เข้าร่วม เก็บไว้เฉพาะผู้จัดเท่านั้น ห้ามเผยแพร่หรือส่งให้ผู้อื่น</translation>
    </message>
    <message>
        <source>evidence-pack</source>
        <translation>ชุดหลักฐาน</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>An added or changed plan needs its number and B.E. year.</source>
        <translation>แผนเพิ่มเติมหรือเปลี่ยนแปลงต้องระบุครั้งที่และปี พ.ศ.</translation>
    </message>
    <message>
        <source>Announcement (PDF)</source>
        <translation>ประกาศ (PDF)</translation>
    </message>
    <message>
        <source>Blank rows must be between 0 and {high}.</source>
        <translation>จำนวนแถวว่างต้องอยู่ระหว่าง 0 ถึง {high}</translation>
    </message>
    <message>
        <source>Choose at least one document to export.</source>
        <translation>เลือกเอกสารที่จะส่งออกอย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <source>Minutes (PDF)</source>
        <translation>รายงานการประชุม (PDF)</translation>
    </message>
    <message>
        <source>Plan forms (Excel)</source>
        <translation>แบบแผน ผ.01–ผ.03 (Excel)</translation>
    </message>
    <message>
        <source>Plan forms (PDF)</source>
        <translation>แบบแผน ผ.01–ผ.03 (PDF)</translation>
    </message>
    <message>
        <source>Results of the proposals (Excel)</source>
        <translation>ผลการดำเนินการตามข้อเสนอ (Excel)</translation>
    </message>
    <message>
        <source>Results of the proposals (PDF)</source>
        <translation>ผลการดำเนินการตามข้อเสนอ (PDF)</translation>
    </message>
    <message>
        <source>Sign-in sheets (PDF)</source>
        <translation>บัญชีลงชื่อผู้เข้าร่วมประชุม (PDF)</translation>
    </message>
    <message>
        <source>Tally report (PDF)</source>
        <translation>รายงานผลการลงมติ (PDF)</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not written. Free some space.</source>
        <translation>ดิสก์เต็ม: ไม่ได้บันทึก {name} กรุณาเพิ่มพื้นที่ว่าง</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>ไม่พบโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only for you: choose another folder.</source>
        <translation>โฟลเดอร์ {folder} เป็นแบบอ่านอย่างเดียวสำหรับผู้ใช้นี้ กรุณาเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: choose another folder.</source>
        <translation>โฟลเดอร์ {folder} เป็นแบบอ่านอย่างเดียว กรุณาเลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <source>The font size must be between {low} and {high} points.</source>
        <translation>ขนาดตัวอักษรต้องอยู่ระหว่าง {low} ถึง {high} พอยต์</translation>
    </message>
    <message>
        <source>Unknown report language: {lang}</source>
        <translation>ไม่รู้จักภาษาของรายงาน: {lang}</translation>
    </message>
    <message>
        <source>Workbook (Excel)</source>
        <translation>ตารางข้อมูล (Excel)</translation>
    </message>
    <message>
        <source>announcement-{number}-{year}.pdf</source>
        <translation>ประกาศ-{number}-{year}.pdf</translation>
    </message>
    <message>
        <source>minutes-{number}-{year}.pdf</source>
        <translation>รายงานการประชุม-{number}-{year}.pdf</translation>
    </message>
    <message>
        <source>plan-forms-{number}-{year}.pdf</source>
        <translation>แบบแผน-{number}-{year}.pdf</translation>
    </message>
    <message>
        <source>plan-forms-{number}-{year}.xlsx</source>
        <translation>แบบแผน-{number}-{year}.xlsx</translation>
    </message>
    <message>
        <source>proposal-results-{number}-{year}.pdf</source>
        <translation>ผลการดำเนินการตามข้อเสนอ-{number}-{year}.pdf</translation>
    </message>
    <message>
        <source>proposal-results-{number}-{year}.xlsx</source>
        <translation>ผลการดำเนินการตามข้อเสนอ-{number}-{year}.xlsx</translation>
    </message>
    <message>
        <source>sign-in-{number}-{year}.pdf</source>
        <translation>บัญชีลงชื่อ-{number}-{year}.pdf</translation>
    </message>
    <message>
        <source>tallies-{number}-{year}.pdf</source>
        <translation>ผลการลงมติ-{number}-{year}.pdf</translation>
    </message>
    <message>
        <source>workbook-{number}-{year}.xlsx</source>
        <translation>ตารางข้อมูล-{number}-{year}.xlsx</translation>
    </message>
    <message>
        <source>{document} is not yet available in this version.</source>
        <translation>{document} ยังไม่มีให้ใช้ในรุ่นนี้</translation>
    </message>
    <message>
        <source>{document}: the font has no {characters}; each is printed as its name in brackets (copied text keeps the real character).</source>
        <translation>{document}: แบบอักษรไม่มี {characters} จึงพิมพ์เป็นชื่ออักขระในวงเล็บแทน (ข้อความที่คัดลอกยังเป็นอักขระจริง)</translation>
    </message>
    <message>
        <source>{first} and {second} cannot both be written to {path}.</source>
        <translation>ไม่สามารถบันทึก{first}และ{second}ลงในไฟล์เดียวกัน {path} ได้</translation>
    </message>
    <message>
        <source>{folder} is not a folder: choose another place for {name}.</source>
        <translation>{folder} ไม่ใช่โฟลเดอร์ กรุณาเลือกที่บันทึก {name} ใหม่</translation>
    </message>
    <message>
        <source>{name} could not be written: {error}</source>
        <translation>บันทึก {name} ไม่สำเร็จ: {error}</translation>
    </message>
    <message>
        <source>{name} is open in another program or locked: close it and try again.</source>
        <translation>{name} เปิดอยู่ในโปรแกรมอื่นหรือถูกล็อก กรุณาปิดแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name for the document.</source>
        <translation>{path} เป็นโฟลเดอร์ กรุณาระบุชื่อไฟล์ของเอกสาร</translation>
    </message>
</context>
<context>
    <name>fate_report</name>
    <message>
        <source>All communities</source>
        <translation>รวมทุกชุมชน</translation>
    </message>
    <message>
        <source>All strategies</source>
        <translation>รวมทุกยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Amount (baht)</source>
        <translation>จำนวนเงิน (บาท)</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>ข้อมูล ณ วันที่ {date}</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>ได้รับงบประมาณ</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Community / strategy</source>
        <translation>ชุมชน / ยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Counts are cumulative: a proposal counts as in the plan once any step in the plan, budgeted, in progress or done was recorded; as budgeted once budgeted, in progress or done was recorded; as done once done was recorded. Not done, merged and withdrawn add nothing.</source>
        <translation>จำนวนนับแบบสะสม: ข้อเสนอนับเป็น “บรรจุในแผน” เมื่อเคยบันทึกว่าบรรจุในแผน ได้รับงบประมาณ อยู่ระหว่างดำเนินการ หรือดำเนินการแล้ว นับเป็น “ได้รับงบประมาณ” เมื่อเคยบันทึกว่าได้รับงบประมาณ อยู่ระหว่างดำเนินการ หรือดำเนินการแล้ว และนับเป็น “ดำเนินการแล้ว” เมื่อเคยบันทึกว่าดำเนินการแล้ว ส่วนไม่ได้ดำเนินการ รวมกับข้อเสนออื่น และถอนข้อเสนอ ไม่เพิ่มจำนวนใด</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>วันที่ดำเนินการแล้วเสร็จ</translation>
    </message>
    <message>
        <source>FY {year}</source>
        <translation>ปีงบประมาณ {year}</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>ปีงบประมาณ</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>บรรจุในแผน</translation>
    </message>
    <message>
        <source>Latest result</source>
        <translation>ผลล่าสุด</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>วันที่ประชุม</translation>
    </message>
    <message>
        <source>No proposals in this scope.</source>
        <translation>ไม่มีข้อเสนอในขอบเขตนี้</translation>
    </message>
    <message>
        <source>No strategy</source>
        <translation>ไม่ระบุยุทธศาสตร์</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ข้อ</translation>
    </message>
    <message>
        <source>Per community</source>
        <translation>รายชุมชน</translation>
    </message>
    <message>
        <source>Per strategy</source>
        <translation>รายยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Plan / budget</source>
        <translation>แผน / งบประมาณ</translation>
    </message>
    <message>
        <source>Plan form</source>
        <translation>แบบแผน</translation>
    </message>
    <message>
        <source>Plan period {start}-{end}</source>
        <translation>แผนพัฒนาท้องถิ่น พ.ศ. {start}-{end}</translation>
    </message>
    <message>
        <source>Plan row</source>
        <translation>ลำดับในแผน</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>เสนอ</translation>
    </message>
    <message>
        <source>Proposed {proposed} · in the plan {in_plan} · budgeted {budgeted} · done {done}</source>
        <translation>เสนอ {proposed} ข้อ · บรรจุในแผน {in_plan} · ได้รับงบประมาณ {budgeted} · ดำเนินการแล้ว {done}</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>เหตุผล / หมายเหตุ</translation>
    </message>
    <message>
        <source>Result date</source>
        <translation>วันที่ของผล</translation>
    </message>
    <message>
        <source>Results of the communities&apos; proposals</source>
        <translation>ผลการดำเนินการตามข้อเสนอของชุมชน</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>ยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>done {date}</source>
        <translation>แล้วเสร็จ {date}</translation>
    </message>
    <message>
        <source>{amount} baht</source>
        <translation>{amount} บาท</translation>
    </message>
</context>
<context>
    <name>fates</name>
    <message>
        <source>Budgeted</source>
        <translation>ได้รับงบประมาณ</translation>
    </message>
    <message>
        <source>Choose what happened from the list.</source>
        <translation>กรุณาเลือกผลการดำเนินการจากรายการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>ดำเนินการแล้ว</translation>
    </message>
    <message>
        <source>Grey columns are for reference. To record what happened to a proposal, fill in the white cells of its row (date as dd/mm/yyyy B.E.) and import the file back; rows left blank change nothing.</source>
        <translation>คอลัมน์สีเทาใช้สำหรับอ้างอิง หากต้องการบันทึกผลการดำเนินการตามข้อเสนอ ให้กรอกช่องสีขาวในแถวของข้อเสนอนั้น (วันที่ในรูปแบบ วว/ดด/ปปปป พ.ศ.) แล้วนำเข้าไฟล์กลับ แถวที่เว้นว่างไว้จะไม่เปลี่ยนแปลงข้อมูล</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation>บรรจุในแผน</translation>
    </message>
    <message>
        <source>Merged with another proposal</source>
        <translation>รวมกับข้อเสนออื่น</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>ไม่ได้ดำเนินการ</translation>
    </message>
    <message>
        <source>Not yet recorded</source>
        <translation>ยังไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>Type a Buddhist-era year, e.g. 2568.</source>
        <translation>กรุณาระบุปีพุทธศักราช เช่น 2568</translation>
    </message>
    <message>
        <source>What became of the proposals: {municipality}</source>
        <translation>แบบติดตามผลการดำเนินการตามข้อเสนอของชุมชน {municipality}</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถอนข้อเสนอ</translation>
    </message>
</context>
<context>
    <name>handover</name>
    <message>
        <source>The copy written to {path} did not pass the integrity check and was removed. Try another drive.</source>
        <translation>สำเนาที่เขียนไปที่ {path} ไม่ผ่านการตรวจความสมบูรณ์ จึงถูกลบทิ้ง กรุณาลองไดรฟ์อื่น</translation>
    </message>
    <message>
        <source>The disk is full: no copy was saved to {path}. Free some space or use another drive. The forum file itself is safe.</source>
        <translation>ดิสก์เต็ม: ไม่ได้บันทึกสำเนาไปที่ {path} กรุณาเพิ่มพื้นที่ว่างหรือใช้ไดรฟ์อื่น ไฟล์ประชาคมเองยังปลอดภัย</translation>
    </message>
    <message>
        <source>The drive of {path} reported an error ({error}): no copy was saved. The forum file itself is safe.</source>
        <translation>ไดรฟ์ของ {path} แจ้งข้อผิดพลาด ({error}): ไม่ได้บันทึกสำเนา ไฟล์ประชาคมเองยังปลอดภัย</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written (read-only or no permission): no copy was saved. The forum file itself is safe.</source>
        <translation>เขียนลงโฟลเดอร์ {folder} ไม่ได้ (อ่านได้อย่างเดียวหรือไม่มีสิทธิ์): ไม่ได้บันทึกสำเนา ไฟล์ประชาคมเองยังปลอดภัย</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ {folder}</translation>
    </message>
    <message>
        <source>{path} is open in kppforum or was not closed properly: close it there or choose another name.</source>
        <translation>{path} เปิดอยู่ใน kppforum หรือไม่ได้ปิดอย่างถูกต้อง กรุณาปิดไฟล์นั้นหรือเลือกชื่ออื่น</translation>
    </message>
    <message>
        <source>{path} is the forum file itself: choose another place for the copy.</source>
        <translation>{path} คือไฟล์ประชาคมที่เปิดอยู่ กรุณาเลือกที่อื่นสำหรับสำเนา</translation>
    </message>
</context>
<context>
    <name>meetings</name>
    <message>
        <source>The meeting date (B.E. {year}) is outside the plan period B.E. {start}–{end}: check the date, or the plan period of the municipality profile.</source>
        <translation>วันที่ประชุม (พ.ศ. {year}) อยู่นอกช่วงแผนพัฒนาท้องถิ่น พ.ศ. {start}–{end} กรุณาตรวจสอบวันที่ หรือช่วงปีของแผนในข้อมูลเทศบาล</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <source>Left out {kind} {uuid}: a record it refers to is in neither file.</source>
        <translation>ไม่ได้นำเข้า {kind} {uuid} เนื่องจากข้อมูลที่อ้างถึงไม่มีอยู่ในไฟล์ใดเลย</translation>
    </message>
</context>
<context>
    <name>minutes</name>
    <message>
        <source>&lt;b&gt;Agenda item {n}&lt;/b&gt; {title}</source>
        <translation>&lt;b&gt;ระเบียบวาระที่ {n}&lt;/b&gt; {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resolution&lt;/b&gt;</source>
        <translation>&lt;b&gt;มติที่ประชุม&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>ผู้ไม่มาประชุม</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>งดออกเสียง</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <source>Also proposed by: {names}</source>
        <translation>เสนอร่วมกับ: {names}</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>ภาคผนวก</translation>
    </message>
    <message>
        <source>Attendance by community</source>
        <translation>จำนวนผู้เข้าร่วมประชุมจำแนกตามชุมชน</translation>
    </message>
    <message>
        <source>Attendance by sector</source>
        <translation>จำนวนผู้เข้าร่วมประชุมจำแนกตามภาคส่วน</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>ไม่เห็นด้วย</translation>
    </message>
    <message>
        <source>From: {title} no. {number}/{year}, proposed by {name}</source>
        <translation>ที่มา: จาก {title} ครั้งที่ {number}/{year} ผู้เสนอ {name}</translation>
    </message>
    <message>
        <source>From: {title} no. {number}/{year}, proposed by {name}, agree {agree} disagree {disagree} abstain {abstain}</source>
        <translation>ที่มา: จาก {title} ครั้งที่ {number}/{year} ผู้เสนอ {name} เห็นด้วย {agree} ไม่เห็นด้วย {disagree} งดออกเสียง {abstain}</translation>
    </message>
    <message>
        <source>List of participants</source>
        <translation>รายชื่อผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Location: {text}</source>
        <translation>สถานที่: {text}</translation>
    </message>
    <message>
        <source>Meeting closed at {time}</source>
        <translation>เลิกประชุมเวลา {time}</translation>
    </message>
    <message>
        <source>Meeting opened at {time}</source>
        <translation>เริ่มประชุมเวลา {time}</translation>
    </message>
    <message>
        <source>Minute taker</source>
        <translation>ผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <source>Minutes of the meeting {title}</source>
        <translation>รายงานการประชุม{title}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ - สกุล</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>No. {number}/{year}</source>
        <translation>ครั้งที่ {number}/{year}</translation>
    </message>
    <message>
        <source>No. {number}: {text}</source>
        <translation>ข้อ {number} {text}</translation>
    </message>
    <message>
        <source>Not in a community</source>
        <translation>ไม่สังกัดชุมชน</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>People</source>
        <translation>จำนวน (คน)</translation>
    </message>
    <message>
        <source>Position {position}</source>
        <translation>ตำแหน่ง {position}</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>ผู้มาประชุม</translation>
    </message>
    <message>
        <source>Problem: {text}</source>
        <translation>ปัญหา: {text}</translation>
    </message>
    <message>
        <source>Problems and needs proposed by the communities</source>
        <translation>ปัญหาและความต้องการที่ชุมชนเสนอต่อที่ประชุม</translation>
    </message>
    <message>
        <source>Project / problem</source>
        <translation>โครงการ / ปัญหาและความต้องการ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>ผู้ตรวจรายงานการประชุม</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>ลงชื่อ</translation>
    </message>
    <message>
        <source>Strategies of the plan:</source>
        <translation>ยุทธศาสตร์การพัฒนา:</translation>
    </message>
    <message>
        <source>Strategy {code}</source>
        <translation>ยุทธศาสตร์ที่ {code}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Total budget (baht)</source>
        <translation>งบประมาณรวม (บาท)</translation>
    </message>
    <message>
        <source>Votes (people)</source>
        <translation>ผลการลงมติ (คน)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถอนข้อเสนอ</translation>
    </message>
    <message>
        <source>Years: {years}</source>
        <translation>ปีที่ดำเนินการ: {years}</translation>
    </message>
    <message>
        <source>at {venue}</source>
        <translation>ณ {venue}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>เมื่อ{date}</translation>
    </message>
    <message>
        <source>{community} ({n} people)</source>
        <translation>{community} ({n} คน)</translation>
    </message>
    <message>
        <source>{community} ({n} proposals)</source>
        <translation>{community} ({n} เรื่อง)</translation>
    </message>
    <message>
        <source>{n} people signed in at the meeting, the {k} listed as present above included; the tables below count all of them and the annex lists their names.</source>
        <translation>มีผู้ลงทะเบียนเข้าร่วมประชุมทั้งสิ้น {n} คน รวมผู้มาประชุมข้างต้น {k} คน ตารางต่อไปนี้นับรวมทุกคน (รายชื่อปรากฏตามภาคผนวก)</translation>
    </message>
</context>
<context>
    <name>plan</name>
    <message>
        <source>Community forum</source>
        <translation>ประชาคมชุมชน</translation>
    </message>
    <message>
        <source>Town forum</source>
        <translation>ประชาคมเมือง</translation>
    </message>
    <message>
        <source>{forum} no. {number}/{year}</source>
        <translation>{forum} ครั้งที่ {number}/{year}</translation>
    </message>
    <message>
        <source>{head}, {agree} of {present} agreed</source>
        <translation>{head}, เห็นด้วย {agree} จาก {present} คน</translation>
    </message>
    <message>
        <source>{source}; from {title} no. {number}/{year}</source>
        <translation>{source} จาก {title} ครั้งที่ {number}/{year}</translation>
    </message>
    <message>
        <source>{source}; from {title} no. {number}/{year}, {agree} agreed there</source>
        <translation>{source} จาก {title} ครั้งที่ {number}/{year} เห็นด้วย {agree} คน</translation>
    </message>
</context>
<context>
    <name>plan_forms</name>
    <message>
        <source> addition</source>
        <translation> เพิ่มเติม</translation>
    </message>
    <message>
        <source> change</source>
        <translation> เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source> no. {number}</source>
        <translation> ครั้งที่ {number}</translation>
    </message>
    <message>
        <source> no. {number}/{year}</source>
        <translation> ครั้งที่ {number}/{year}</translation>
    </message>
    <message>
        <source>A. National strategy</source>
        <translation>ก. ยุทธศาสตร์ชาติ</translation>
    </message>
    <message>
        <source>B. Master plan under the national strategy</source>
        <translation>ข. แผนแม่บทภายใต้ยุทธศาสตร์ชาติ</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <source>Budget
(baht)</source>
        <translation>งบประมาณ
(บาท)</translation>
    </message>
    <message>
        <source>C. National economic and social development plan</source>
        <translation>ค. แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวด</translation>
    </message>
    <message>
        <source>D. Regional / provincial cluster / provincial development plan</source>
        <translation>ง. แผนพัฒนาภาค/แผนพัฒนากลุ่มจังหวัด/แผนพัฒนาจังหวัด</translation>
    </message>
    <message>
        <source>Development issue</source>
        <translation>ประเด็นการพัฒนา</translation>
    </message>
    <message>
        <source>Development issue {code}</source>
        <translation>ประเด็นการพัฒนาที่ {code}</translation>
    </message>
    <message>
        <source>Development project details</source>
        <translation>รายละเอียดโครงการพัฒนา</translation>
    </message>
    <message>
        <source>E. Development strategy of the local governments in the province</source>
        <translation>จ. ยุทธศาสตร์การพัฒนาขององค์กรปกครองส่วนท้องถิ่นในเขตจังหวัด</translation>
    </message>
    <message>
        <source>Equipment list</source>
        <translation>บัญชีครุภัณฑ์</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>ผลที่คาดว่า
จะได้รับ</translation>
    </message>
    <message>
        <source>Form 01</source>
        <translation>แบบ ผ.01</translation>
    </message>
    <message>
        <source>Form 02</source>
        <translation>แบบ ผ.02</translation>
    </message>
    <message>
        <source>Form 02/1</source>
        <translation>แบบ ผ.02/1</translation>
    </message>
    <message>
        <source>Form 02/2</source>
        <translation>แบบ ผ.02/2</translation>
    </message>
    <message>
        <source>Form 03</source>
        <translation>แบบ ผ.03</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>รวมทั้งสิ้น</translation>
    </message>
    <message>
        <source>Indicator
(KPI)</source>
        <translation>ตัวชี้วัด
(KPI)</translation>
    </message>
    <message>
        <source>Local development plan (B.E. {start} - {end})</source>
        <translation>แผนพัฒนาท้องถิ่น (พ.ศ. {start} - {end})</translation>
    </message>
    <message>
        <source>Main responsible unit</source>
        <translation>หน่วยงาน
รับผิดชอบหลัก</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>ไม่มีโครงการ</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Number of
projects</source>
        <translation>จำนวน
โครงการ</translation>
    </message>
    <message>
        <source>Number of projects</source>
        <translation>รวมจำนวนโครงการ</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>P.01</source>
        <translation>ผ.01</translation>
    </message>
    <message>
        <source>P.02</source>
        <translation>ผ.02</translation>
    </message>
    <message>
        <source>P.02-1</source>
        <translation>ผ.02-1</translation>
    </message>
    <message>
        <source>P.02-2</source>
        <translation>ผ.02-2</translation>
    </message>
    <message>
        <source>P.03</source>
        <translation>ผ.03</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>เหตุผล
ความจำเป็น</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>ยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Strategy {code}</source>
        <translation>ยุทธศาสตร์ที่ {code}</translation>
    </message>
    <message>
        <source>Summary of development projects</source>
        <translation>บัญชีสรุปโครงการพัฒนา</translation>
    </message>
    <message>
        <source>Tactic</source>
        <translation>กลยุทธ์</translation>
    </message>
    <message>
        <source>Tactic {code}</source>
        <translation>กลยุทธ์ที่ {code}</translation>
    </message>
    <message>
        <source>Target
(equipment output)</source>
        <translation>เป้าหมาย
(ผลผลิตของครุภัณฑ์)</translation>
    </message>
    <message>
        <source>Target
(project output)</source>
        <translation>เป้าหมาย
(ผลผลิตของโครงการ)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>รวมงบประมาณ</translation>
    </message>
    <message>
        <source>Total {n} years</source>
        <translation>รวม {n} ปี</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>ปี {year}</translation>
    </message>
    <message>
        <source>for coordination with provincial development projects</source>
        <translation>สำหรับ ประสานโครงการพัฒนาจังหวัด</translation>
    </message>
    <message>
        <source>for development projects taken from community plans</source>
        <translation>สำหรับ โครงการพัฒนาที่นำมาจากแผนชุมชน</translation>
    </message>
    <message>
        <source>{label}: {text}</source>
        <extracomment>ผ.01 in a list of forms (plan_layout calls the summary form ``None`` too). Every form of a plan book, in the order it is bound.</extracomment>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>{municipality}, {province} province</source>
        <translation>{municipality} จังหวัด{province}</translation>
    </message>
    <message>
        <source>{year}
(baht)</source>
        <extracomment>The PlanRow attribute each row column shows. One table per form and layout (the budget column stands for the plan years).</extracomment>
        <translation>{year}
(บาท)</translation>
    </message>
</context>
<context>
    <name>plan_rows</name>
    <message>
        <source>Choose a plan form from the list.</source>
        <translation>โปรดเลือกแบบแผนจากรายการ</translation>
    </message>
    <message>
        <source>Choose a program code from the list.</source>
        <translation>โปรดเลือกรหัสแผนงานจากรายการ</translation>
    </message>
    <message>
        <source>Draft plan rows: {municipality}, {meeting} no. {number}</source>
        <translation>ร่างแถวแผนพัฒนาท้องถิ่น: {municipality} {meeting} ครั้งที่ {number}</translation>
    </message>
    <message>
        <source>Grey columns are for reference and are not imported; fill in the white ones and import the file back (ids must stay as they are).</source>
        <translation>คอลัมน์สีเทาเป็นข้อมูลอ้างอิง ไม่นำเข้า กรอกข้อมูลในคอลัมน์สีขาวแล้วนำเข้าไฟล์กลับ (ห้ามแก้ไขรหัสข้อเสนอ)</translation>
    </message>
    <message>
        <source>Type an amount of baht (0 or more).</source>
        <translation>โปรดพิมพ์จำนวนเงินบาท (ตั้งแต่ 0 ขึ้นไป)</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>1. Who collects your data</source>
        <translation>1. ผู้เก็บรวบรวมข้อมูล</translation>
    </message>
    <message>
        <source>2. Why</source>
        <translation>2. วัตถุประสงค์</translation>
    </message>
    <message>
        <source>3. Legal basis</source>
        <translation>3. ฐานทางกฎหมาย</translation>
    </message>
    <message>
        <source>4. What is collected</source>
        <translation>4. ข้อมูลที่เก็บรวบรวม</translation>
    </message>
    <message>
        <source>5. What is published</source>
        <translation>5. ข้อมูลที่เผยแพร่</translation>
    </message>
    <message>
        <source>6. How long</source>
        <translation>6. ระยะเวลาการเก็บรักษา</translation>
    </message>
    <message>
        <source>7. Your rights</source>
        <translation>7. สิทธิของเจ้าของข้อมูล</translation>
    </message>
    <message>
        <source>8. Contact</source>
        <translation>8. ช่องทางติดต่อ</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>เวลาลงทะเบียน</translation>
    </message>
    <message>
        <source>Collecting national ID numbers is turned off for this forum: turn it on in Privacy and audit first.</source>
        <translation>ไฟล์ประชาคมนี้ปิดการเก็บเลขประจำตัวประชาชนไว้ กรุณาเปิดที่เมนูความเป็นส่วนตัวและการตรวจสอบก่อน</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>โต๊ะ</translation>
    </message>
    <message>
        <source>Give the date as a calendar date.</source>
        <translation>กรุณาระบุวันที่ตามปฏิทิน</translation>
    </message>
    <message>
        <source>INTERNAL attendance</source>
        <translation>รายชื่อ ใช้ภายใน</translation>
    </message>
    <message>
        <source>INTERNAL — do not publish</source>
        <translation>ภายใน — ห้ามเผยแพร่</translation>
    </message>
    <message>
        <source>INTERNAL-do-not-publish</source>
        <translation>ภายใน-ห้ามเผยแพร่</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>ประกาศ ณ {date}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ - สกุล</translation>
    </message>
    <message>
        <source>National ID (last 4 digits)</source>
        <translation>เลขประจำตัวประชาชน (4 หลักท้าย)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Personal data are kept for {years} years after the meeting. Then names and contact details are erased; the numbers of participants and the proposals remain part of the public record.</source>
        <translation>ข้อมูลส่วนบุคคลจะเก็บรักษาไว้ {years} ปีนับจากวันประชุม จากนั้นจะลบชื่อและข้อมูลการติดต่อ ส่วนจำนวนผู้เข้าร่วมและข้อเสนอยังคงเป็นส่วนหนึ่งของเอกสารสาธารณะ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>ประกาศความเป็นส่วนตัว</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>The Personal Data Protection Act B.E. 2562 (2019), section 24 (4): the collection is necessary for a task carried out in the public interest by the municipality, which must hear its communities through a forum when it drafts or reviews its local development plan (Ministry of Interior regulation on local development plans).</source>
        <translation>พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 24 (4) การเก็บรวบรวมข้อมูลมีความจำเป็นเพื่อการปฏิบัติหน้าที่ในการดำเนินภารกิจเพื่อประโยชน์สาธารณะของเทศบาล ซึ่งต้องรับฟังความคิดเห็นของชุมชนผ่านเวทีประชาคมในการจัดทำหรือทบทวนแผนพัฒนาท้องถิ่น (ตามระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น)</translation>
    </message>
    <message>
        <source>The minutes, sign-in sheets and tallies show names, communities and sectors, the proposals and the votes. Phone numbers and national ID numbers are never published or shown on the screen in the hall; only the organisers see them.</source>
        <translation>รายงานการประชุม บัญชีลงชื่อ และรายงานผลการลงมติ แสดงชื่อ ชุมชน ภาคส่วน ข้อเสนอ และผลการลงมติ เบอร์โทรศัพท์และเลขประจำตัวประชาชนจะไม่ถูกเผยแพร่หรือแสดงบนจอในห้องประชุม เฉพาะผู้จัดการประชุมเท่านั้นที่เห็นข้อมูลดังกล่าว</translation>
    </message>
    <message>
        <source>The purge erases the data from this forum file only. {count} earlier copies made by the app (snapshots, backups before an upgrade, files kept aside by a restore) still hold them: remove those too to erase the data everywhere the app keeps it. Copies saved elsewhere (a USB stick, an evidence pack) must be deleted by hand.</source>
        <translation>การลบนี้ลบข้อมูลออกจากแฟ้มเวทีนี้เท่านั้น สำเนาที่โปรแกรมทำไว้ก่อนหน้านี้ {count} แฟ้ม (สแนปช็อต สำเนาสำรองก่อนปรับรุ่น และแฟ้มที่เก็บแยกไว้ตอนกู้คืน) ยังคงมีข้อมูลอยู่ ให้ลบสำเนาเหล่านั้นด้วยเพื่อลบข้อมูลออกจากทุกที่ที่โปรแกรมเก็บไว้ สำเนาที่บันทึกไว้ที่อื่น (แฟลชไดรฟ์ ชุดหลักฐาน) ต้องลบเอง</translation>
    </message>
    <message>
        <source>The retention date cannot be in the future.</source>
        <translation>วันที่ครบกำหนดเก็บรักษาต้องไม่เป็นวันในอนาคต</translation>
    </message>
    <message>
        <source>The retention period must be {low} to {high} years.</source>
        <translation>ระยะเวลาเก็บรักษาต้องอยู่ระหว่าง {low} ถึง {high} ปี</translation>
    </message>
    <message>
        <source>This is not a valid Thai national ID number: check its 13 digits.</source>
        <translation>เลขประจำตัวประชาชนไม่ถูกต้อง กรุณาตรวจสอบทั้ง 13 หลัก</translation>
    </message>
    <message>
        <source>This national ID number is already registered for {name} (no. {id}).</source>
        <translation>เลขประจำตัวประชาชนนี้ลงทะเบียนไว้แล้วสำหรับ {name} (รหัส {id})</translation>
    </message>
    <message>
        <source>To register who takes part in the local community forum on the local development plan {plan}, to count participants by community and sector, and to record the problems, needs and proposals raised and the votes taken, in the official minutes of the meeting.</source>
        <translation>เพื่อลงทะเบียนผู้เข้าร่วมเวทีประชาคมท้องถิ่นเกี่ยวกับแผนพัฒนาท้องถิ่น พ.ศ. {plan} นับจำนวนผู้เข้าร่วมตามชุมชนและภาคส่วน และบันทึกปัญหา ความต้องการ ข้อเสนอ และผลการลงมติไว้ในรายงานการประชุม</translation>
    </message>
    <message>
        <source>You may ask to see or get a copy of your data, to correct it, to have it erased or restricted, or object to its use, as the Act allows. You may also complain to the Office of the Personal Data Protection Committee.</source>
        <translation>ท่านมีสิทธิขอเข้าถึงและขอรับสำเนาข้อมูล ขอแก้ไขข้อมูลให้ถูกต้อง ขอให้ลบหรือระงับการใช้ข้อมูล หรือคัดค้านการประมวลผลข้อมูล ตามที่พระราชบัญญัติกำหนด และมีสิทธิร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>attendance-with-phones</source>
        <translation>รายชื่อผู้เข้าร่วมพร้อมเบอร์โทร</translation>
    </message>
    <message>
        <source>for people taking part in the local community forum</source>
        <translation>สำหรับผู้เข้าร่วมเวทีประชาคมท้องถิ่น</translation>
    </message>
    <message>
        <source>the number is kept only as the next point says;</source>
        <translation>เลขประจำตัวจะเก็บไว้ตามที่ระบุในข้อถัดไปเท่านั้น</translation>
    </message>
    <message>
        <source>the number is used for the search and not kept;</source>
        <translation>เลขประจำตัวใช้เพื่อค้นหาเท่านั้น ไม่มีการจัดเก็บ</translation>
    </message>
    <message>
        <source>{municipality} is the data controller of the personal data collected at this forum.</source>
        <translation>{municipality} เป็นผู้ควบคุมข้อมูลส่วนบุคคลที่เก็บรวบรวมในเวทีประชาคมนี้</translation>
    </message>
    <message>
        <source>• a phone number, only if you choose to give one (it is optional);</source>
        <translation>• เบอร์โทรศัพท์ เฉพาะเมื่อท่านประสงค์จะให้ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>• if you check in with your national ID card: the desk reads only the number and your name in Thai from the card&apos;s chip, to find you in the list faster (not the photo, birth date or address);</source>
        <translation>• หากลงทะเบียนด้วยบัตรประจำตัวประชาชน จุดลงทะเบียนจะอ่านจากชิปบนบัตรเพียงเลขประจำตัวและชื่อภาษาไทย เพื่อค้นหาท่านในรายชื่อได้เร็วขึ้น (ไม่อ่านรูปถ่าย วันเกิด หรือที่อยู่)</translation>
    </message>
    <message>
        <source>• title, first name and last name;</source>
        <translation>• คำนำหน้า ชื่อ และนามสกุล</translation>
    </message>
    <message>
        <source>• what you propose at the forum, under your name if you speak.</source>
        <translation>• ข้อเสนอของท่านในเวทีประชาคม พร้อมชื่อของท่านหากท่านเป็นผู้เสนอ</translation>
    </message>
    <message>
        <source>• your community and sector, and the time you signed in;</source>
        <translation>• ชุมชน ภาคส่วน และเวลาที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>• your national ID number, to avoid registering anyone twice: only a coded form of it and its last 4 digits are kept, never the number itself;</source>
        <translation>• เลขประจำตัวประชาชน เพื่อป้องกันการลงทะเบียนซ้ำ โดยเก็บเพียงรหัสที่แปลงแล้วและเลข 4 หลักท้าย ไม่เก็บเลขประจำตัวโดยตรง</translation>
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
        <source>Municipal executives</source>
        <translation>คณะผู้บริหาร</translation>
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
<context>
    <name>signin</name>
    <message>
        <source>Attendance sign-in sheet</source>
        <translation>บัญชีลงชื่อผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Community: {name}</source>
        <translation>ชุมชน{name}</translation>
    </message>
    <message>
        <source>Invited guests: executives, council members and officials</source>
        <translation>ผู้ได้รับเชิญ: คณะผู้บริหาร สมาชิกสภาเทศบาล และส่วนราชการ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ - สกุล</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>No. {number}/{year}</source>
        <translation>ครั้งที่ {number}/{year}</translation>
    </message>
    <message>
        <source>Not in a community</source>
        <translation>ไม่สังกัดชุมชน</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ลายมือชื่อ</translation>
    </message>
    <message>
        <source>at {venue}</source>
        <translation>ณ {venue}</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} เวลา {time}</translation>
    </message>
</context>
<context>
    <name>snapshots</name>
    <message>
        <source>No snapshot of {path} could be written: {error}</source>
        <translation>บันทึกสำเนาอัตโนมัติของ {path} ไม่ได้: {error}</translation>
    </message>
    <message>
        <source>The forum file {path} is damaged: no snapshot was taken. Restore the newest healthy snapshot.</source>
        <translation>ไฟล์ประชาคม {path} เสียหาย จึงไม่ได้บันทึกสำเนาอัตโนมัติ กรุณากู้คืนจากสำเนาที่สมบูรณ์ล่าสุด</translation>
    </message>
    <message>
        <source>The snapshot {name} is damaged: choose another one.</source>
        <translation>สำเนา {name} เสียหาย กรุณาเลือกสำเนาอื่น</translation>
    </message>
    <message>
        <source>There is no healthy snapshot of {path}.</source>
        <translation>ไม่มีสำเนาอัตโนมัติที่สมบูรณ์ของ {path}</translation>
    </message>
    <message>
        <source>There is no snapshot {which} of {path}.</source>
        <translation>ไม่มีสำเนา {which} ของ {path}</translation>
    </message>
    <message>
        <source>after a purge</source>
        <translation>หลังการลบข้อมูล</translation>
    </message>
    <message>
        <source>after an agenda item</source>
        <translation>หลังจบระเบียบวาระ</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>สั่งบันทึกเอง</translation>
    </message>
    <message>
        <source>every few minutes</source>
        <translation>ทุก ๆ สองสามนาที</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>เมื่อปิดไฟล์</translation>
    </message>
    <message>
        <source>the copy of the snapshot did not check out</source>
        <translation>สำเนาที่คัดลอกจากสำเนาอัตโนมัติตรวจสอบไม่ผ่าน</translation>
    </message>
    <message>
        <source>{app} (process {pid}) on {host}</source>
        <translation>{app} (โพรเซส {pid}) บนเครื่อง {host}</translation>
    </message>
    <message>
        <source>{path} could not be restored: {error}</source>
        <translation>กู้คืน {path} ไม่ได้: {error}</translation>
    </message>
</context>
<context>
    <name>tallies</name>
    <message>
        <source>Abstain</source>
        <translation>งดออกเสียง</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <source>Certified by</source>
        <translation>ผู้รับรองผล</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>ไม่เห็นด้วย</translation>
    </message>
    <message>
        <source>In the registry</source>
        <translation>มีรายชื่อในทะเบียน</translation>
    </message>
    <message>
        <source>Local rank</source>
        <translation>อันดับในชุมชน</translation>
    </message>
    <message>
        <source>No strategy given</source>
        <translation>ไม่ระบุยุทธศาสตร์</translation>
    </message>
    <message>
        <source>No. {number}/{year}</source>
        <translation>ครั้งที่ {number}/{year}</translation>
    </message>
    <message>
        <source>No. {number}: {text}</source>
        <translation>ข้อ {number} {text}</translation>
    </message>
    <message>
        <source>Not in a community</source>
        <translation>ไม่สังกัดชุมชน</translation>
    </message>
    <message>
        <source>Not voted on</source>
        <translation>ยังไม่ลงมติ</translation>
    </message>
    <message>
        <source>Open proposals by community</source>
        <translation>จำนวนข้อเสนอจำแนกตามชุมชน</translation>
    </message>
    <message>
        <source>Open proposals by development strategy</source>
        <translation>จำนวนข้อเสนอจำแนกตามยุทธศาสตร์การพัฒนา</translation>
    </message>
    <message>
        <source>People</source>
        <translation>จำนวน (คน)</translation>
    </message>
    <message>
        <source>People present by community</source>
        <translation>จำนวนผู้เข้าร่วมประชุมจำแนกตามชุมชน</translation>
    </message>
    <message>
        <source>People present by sector</source>
        <translation>จำนวนผู้เข้าร่วมประชุมจำแนกตามภาคส่วน</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>มาประชุม</translation>
    </message>
    <message>
        <source>Present / registry</source>
        <translation>มา / ทะเบียน (คน)</translation>
    </message>
    <message>
        <source>Project / problem</source>
        <translation>โครงการ / ปัญหา</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>ข้อเสนอ (เรื่อง)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>อันดับรวม</translation>
    </message>
    <message>
        <source>Report of the votes and the priority ranking</source>
        <translation>รายงานผลการลงมติและการจัดลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>ยุทธศาสตร์การพัฒนา</translation>
    </message>
    <message>
        <source>Total present: {n} people</source>
        <translation>รวมผู้เข้าร่วมประชุม {n} คน</translation>
    </message>
    <message>
        <source>Vote counter</source>
        <translation>ผู้นับคะแนน</translation>
    </message>
    <message>
        <source>Votes and priority ranking</source>
        <translation>ผลการลงมติและการจัดลำดับความสำคัญของข้อเสนอ</translation>
    </message>
    <message>
        <source>We certify that the counts above are correct.</source>
        <translation>ขอรับรองว่าผลการนับคะแนนข้างต้นถูกต้อง</translation>
    </message>
    <message>
        <source>at {venue}</source>
        <translation>ณ {venue}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>เมื่อ{date}</translation>
    </message>
    <message>
        <source>{community}; present at the vote: {present}</source>
        <translation>{community} ผู้อยู่ในที่ประชุมขณะลงมติ {present} คน</translation>
    </message>
    <message>
        <source>{n} proposals withdrawn or merged into another are not ranked.</source>
        <translation>ข้อเสนอที่ถอนหรือรวมกับข้อเสนออื่นแล้ว {n} เรื่อง ไม่นำมาจัดลำดับ</translation>
    </message>
    <message>
        <source>{present} people present; {proposals} proposals, {voted} of them put to the vote.</source>
        <translation>มีผู้เข้าร่วมประชุม {present} คน ข้อเสนอ {proposals} เรื่อง ลงมติแล้ว {voted} เรื่อง</translation>
    </message>
</context>
<context>
    <name>workbook</name>
    <message>
        <source>(no community)</source>
        <translation>(ไม่ระบุชุมชน)</translation>
    </message>
    <message>
        <source>(no strategy)</source>
        <translation>(ไม่ระบุยุทธศาสตร์)</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>งดออกเสียง</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>รับข้อเสนอแล้ว</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>เห็นด้วย</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>รายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Attendance list</source>
        <translation>รายชื่อผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Attendance tally</source>
        <translation>สรุปจำนวนผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>ลงคะแนนลับ</translation>
    </message>
    <message>
        <source>Budget of open proposals (baht)</source>
        <translation>งบประมาณของข้อเสนอที่พิจารณา (บาท)</translation>
    </message>
    <message>
        <source>Budget {year} (baht)</source>
        <translation>งบประมาณ {year} (บาท)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ประธานในที่ประชุม</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>เวลาลงทะเบียน</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>เลิกประชุมเวลา</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>จำนวนชุมชนทั้งหมด</translation>
    </message>
    <message>
        <source>Communities present</source>
        <translation>จำนวนชุมชนที่เข้าร่วม</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>ชุมชน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>โต๊ะ</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>ไม่เห็นด้วย</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>ผลที่คาดว่าจะได้รับ</translation>
    </message>
    <message>
        <source>Grand total</source>
        <translation>รวมทั้งสิ้น</translation>
    </message>
    <message>
        <source>In the registry</source>
        <translation>ในทะเบียน</translation>
    </message>
    <message>
        <source>Indicator (KPI)</source>
        <translation>ตัวชี้วัด (KPI)</translation>
    </message>
    <message>
        <source>Invited and absent</source>
        <translation>ผู้ไม่มาประชุม</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>รวมแล้ว</translation>
    </message>
    <message>
        <source>Merged communities</source>
        <translation>ชุมชนที่ร่วมเสนอ</translation>
    </message>
    <message>
        <source>Merged into no.</source>
        <translation>รวมไว้กับข้อที่</translation>
    </message>
    <message>
        <source>Merged proposals</source>
        <translation>ข้อเสนอที่รวมกับข้อเสนออื่น</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>วิธีลงมติ</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>ผู้จดรายงานการประชุม</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>เทศบาล</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-สกุล</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ที่</translation>
    </message>
    <message>
        <source>Number/year</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <source>Open proposals (proposed or accepted)</source>
        <translation>ข้อเสนอที่ยังพิจารณาอยู่ (เสนอหรือรับแล้ว)</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>เริ่มประชุมเวลา</translation>
    </message>
    <message>
        <source>Overall rank</source>
        <translation>ลำดับรวม</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>หน้า &amp;P จาก &amp;N</translation>
    </message>
    <message>
        <source>People in the registry</source>
        <translation>จำนวนประชาชนในทะเบียน</translation>
    </message>
    <message>
        <source>People present</source>
        <translation>จำนวนผู้เข้าร่วมประชุม</translation>
    </message>
    <message>
        <source>Plan draft (form 02)</source>
        <translation>ร่างแผน แบบ ผ.02</translation>
    </message>
    <message>
        <source>Plan period (B.E.)</source>
        <translation>ระยะเวลาของแผน (พ.ศ.)</translation>
    </message>
    <message>
        <source>Problem or need</source>
        <translation>ปัญหา/ความต้องการ</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>ข้อเสนอ</translation>
    </message>
    <message>
        <source>Proposals with a vote</source>
        <translation>ข้อเสนอที่ลงมติแล้ว</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>เสนอ</translation>
    </message>
    <message>
        <source>Proposer(s)</source>
        <translation>ผู้เสนอ</translation>
    </message>
    <message>
        <source>Rank in community</source>
        <translation>ลำดับในชุมชน</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>หน่วยงานรับผิดชอบหลัก</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>ยกมือ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>ยุทธศาสตร์</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Tallies and ranking</source>
        <translation>ผลการลงมติและลำดับความสำคัญ</translation>
    </message>
    <message>
        <source>Target (project output)</source>
        <translation>เป้าหมาย (ผลผลิตของโครงการ)</translation>
    </message>
    <message>
        <source>Target years (B.E.)</source>
        <translation>ปีที่ดำเนินการ (พ.ศ.)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Total budget (baht)</source>
        <translation>งบประมาณรวม (บาท)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>รวมคะแนน</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>ถอนแล้ว</translation>
    </message>
    <message>
        <source>Withdrawn proposals</source>
        <translation>ข้อเสนอที่ถอนแล้ว</translation>
    </message>
</context>
</TS>
