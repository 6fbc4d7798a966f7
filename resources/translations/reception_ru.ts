<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="76"/>
        <source>Reception</source>
        <translation>Приёмная</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="161"/>
        <source>C&amp;ollective appeal</source>
        <translation>Ко&amp;ллективное обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="163"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="165"/>
        <source>&amp;Received:</source>
        <translation>&amp;Поступило:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="166"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="167"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="168"/>
        <source>&amp;Identification:</source>
        <translation>&amp;Идентификация:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="174"/>
        <source>phone, e-mail or surname, then Enter</source>
        <translation>телефон, e-mail или фамилия, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="180"/>
        <source>Ne&amp;w applicant</source>
        <translation>Новый за&amp;явитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="196"/>
        <source>Without a surname or a reply address the appeal is anonymous: no answer on the merits is given (art. 11 of 59-FZ).</source>
        <translation>Без фамилии или адреса для ответа обращение считается анонимным: ответ по существу не даётся (ст. 11 59-ФЗ).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="201"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="203"/>
        <source>&amp;Find applicant:</source>
        <translation>&amp;Найти заявителя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="209"/>
        <source>Applicant ty&amp;pe:</source>
        <translation>Тип заявит&amp;еля:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="211"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="212"/>
        <source>First &amp;name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="213"/>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="216"/>
        <source>&amp;Organisation:</source>
        <translation>Ор&amp;ганизация:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="218"/>
        <source>Postal &amp;address:</source>
        <translation>Почтовый &amp;адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="219"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="220"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="226"/>
        <source>the first line of the text if left empty</source>
        <translation>если не заполнено — первая строка текста</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="231"/>
        <source>classifier code or words of the topic, then Enter</source>
        <translation>код классификатора или слова из темы, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="239"/>
        <source>A&amp;dd</source>
        <translation>До&amp;бавить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="245"/>
        <source>Re&amp;move question</source>
        <translation>&amp;Удалить вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="250"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="252"/>
        <source>S&amp;ummary:</source>
        <translation>Краткое со&amp;держание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="253"/>
        <source>&amp;Text:</source>
        <translation>Тек&amp;ст:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="254"/>
        <source>&amp;Question:</source>
        <translation>Воп&amp;рос:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="257"/>
        <source>Questions:</source>
        <translation>Вопросы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="269"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="395"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · status: %2 · answer due: %3 · registered by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · статус: %2 · срок ответа: %3 · зарегистрировал(а) %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="421"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="423"/>
        <source>Known applicant: %1, appeals: %2</source>
        <translation>Известный заявитель: %1, обращений: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="426"/>
        <source>Known applicant: %s</source>
        <translation>Известный заявитель: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="433"/>
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="435"/>
        <source>Appeal %s</source>
        <translation>Обращение %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="450"/>
        <source>An electronic appeal without identification of the applicant is not counted as identified; choose how the applicant was identified.</source>
        <translation>Электронное обращение без идентификации заявителя не учитывается как идентифицированное: укажите, как установлена личность заявителя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="490"/>
        <source>No known applicant found: a new one will be registered.</source>
        <translation>Заявитель не найден среди известных: будет зарегистрирован новый.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="592"/>
        <source>Reload the appeal? What you typed here will be replaced.</source>
        <translation>Загрузить обращение заново? Введённое в форме будет заменено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="596"/>
        <source>&amp;Reload</source>
        <translation>&amp;Загрузить заново</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="597"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="629"/>
        <source>Close the form? What you typed will not be saved.</source>
        <translation>Закрыть форму? Введённые данные не будут сохранены.</translation>
    </message>
</context>
<context>
    <name>ApplicantPickerDialog</name>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="25"/>
        <source>Known applicants</source>
        <translation>Известные заявители</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="28"/>
        <source>Applicants matching «%s». Enter picks, Esc keeps a new applicant.</source>
        <translation>Заявители по запросу «%s». Enter — выбрать, Esc — оставить нового заявителя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="51"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="58"/>
        <source>appeals: %d</source>
        <translation>обращений: %d</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="26"/>
        <source>Reception — first administrator</source>
        <translation>Приёмная — первый администратор</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="30"/>
        <source>The database has no users yet. Create the administrator account: the administrator then adds clerks, executors and managers.</source>
        <translation>В базе данных ещё нет пользователей. Создайте учётную запись администратора: затем администратор добавит регистраторов, исполнителей и руководителей.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="39"/>
        <source>at least %d characters</source>
        <translation>не меньше %d знаков</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="47"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="48"/>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="49"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="50"/>
        <source>&amp;Repeat password:</source>
        <translation>П&amp;овтор пароля:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="68"/>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Создать и войти</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="84"/>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="26"/>
        <source>Reception — sign in</source>
        <translation>Приёмная — вход</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="34"/>
        <source>Database: %s</source>
        <translation>База данных: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="39"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="41"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="50"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/login_dialog.py" line="65"/>
        <source>Demo sign-in: %s</source>
        <translation>Демо-вход: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Reception — %s</source>
        <translation>Приёмная — %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>&amp;New appeal</source>
        <translation>&amp;Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>Register a new appeal (Ctrl+N)</source>
        <translation>Зарегистрировать новое обращение (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>Reload the register (F5)</source>
        <translation>Обновить реестр (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>Open by &amp;number…</source>
        <translation>Открыть по &amp;номеру…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Open an appeal by its registration number (Ctrl+G)</source>
        <translation>Открыть обращение по регистрационному номеру (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Search: number, phone, e-mail, surname or summary words</source>
        <translation>Поиск: номер, телефон, e-mail, фамилия или слова из краткого содержания</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Appeals: …</source>
        <translation>Обращений: …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>User: %1 (%2)</source>
        <translation>Пользователь: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Database: %s</source>
        <translation>База данных: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Appeals: %d</source>
        <translation>Обращений: %d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Appeals: ?</source>
        <translation>Обращений: ?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Saved: appeal %s</source>
        <translation>Сохранено: обращение %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Open by number</source>
        <translation>Открыть по номеру</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Registration number (for example ВП-2026-17):</source>
        <translation>Регистрационный номер (например, ВП-2026-17):</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="135"/>
        <source>Reception</source>
        <translation>Приёмная</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/models/register_model.py" line="87"/>
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="88"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="89"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="90"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="90"/>
        <source>anonymous</source>
        <translation>аноним</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="91"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="92"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="93"/>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="127"/>
        <source>Overdue: the answer was due on %s</source>
        <translation>Просрочено: ответ нужно было дать до %s</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="149"/>
        <source>%s, overdue</source>
        <translation>%s, просрочено</translation>
    </message>
</context>
</TS>
