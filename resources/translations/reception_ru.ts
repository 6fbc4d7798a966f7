<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="91"/>
        <location filename="../../ui/self_test.py" line="132"/>
        <source>Reception</source>
        <translation>Приёмная</translation>
    </message>
</context>
<context>
    <name>AppealDialog</name>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="192"/>
        <source>C&amp;ollective appeal</source>
        <translation>Ко&amp;ллективное обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="194"/>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="414"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="196"/>
        <source>&amp;Received:</source>
        <translation>&amp;Поступило:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="197"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="198"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="199"/>
        <source>&amp;Identification:</source>
        <translation>&amp;Идентификация:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="205"/>
        <source>phone, e-mail or surname, then Enter</source>
        <translation>телефон, e-mail или фамилия, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="214"/>
        <source>Ne&amp;w applicant</source>
        <translation>Новый за&amp;явитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="230"/>
        <source>Without a surname or a reply address the appeal is anonymous: no answer on the merits is given (art. 11 of 59-FZ).</source>
        <translation>Без фамилии или адреса для ответа обращение считается анонимным: ответ по существу не даётся (ст. 11 59-ФЗ).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="235"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="237"/>
        <source>&amp;Find applicant:</source>
        <translation>&amp;Найти заявителя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="243"/>
        <source>Applicant ty&amp;pe:</source>
        <translation>Тип заявит&amp;еля:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="245"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="246"/>
        <source>First &amp;name:</source>
        <translation>И&amp;мя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="247"/>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="250"/>
        <source>&amp;Organisation:</source>
        <translation>Ор&amp;ганизация:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="252"/>
        <source>Postal &amp;address:</source>
        <translation>Почтовый &amp;адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="253"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="254"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="260"/>
        <source>the first line of the text if left empty</source>
        <translation>если не заполнено — первая строка текста</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="265"/>
        <source>classifier code or words of the topic, then Enter</source>
        <translation>код или слова темы, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="275"/>
        <source>A&amp;dd</source>
        <translation>До&amp;бавить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="284"/>
        <source>Re&amp;move question</source>
        <translation>&amp;Удалить вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="289"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="291"/>
        <source>S&amp;ummary:</source>
        <translation>Краткое со&amp;держание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="292"/>
        <source>&amp;Text:</source>
        <translation>Тек&amp;ст:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="293"/>
        <source>&amp;Question:</source>
        <translation>Воп&amp;рос:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="296"/>
        <source>Questions:</source>
        <translation>Вопросы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="308"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="407"/>
        <source>History of the appeal</source>
        <translation>История обращения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="408"/>
        <source>No change to this appeal has been recorded.</source>
        <translation>Изменения по обращению не записывались.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="415"/>
        <source>Case progress</source>
        <translation>Ход рассмотрения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="416"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="417"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="418"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="420"/>
        <source>Ctrl+%d</source>
        <translation>Ctrl+%d</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="499"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · status: %2 · answer due: %3 · registered by %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · статус: %2 · срок ответа: %3 · зарегистрировал(а) %4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="507"/>
        <source>repeats %s</source>
        <translation>повторное к %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="553"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="555"/>
        <source>Known applicant: %1, appeals: %2</source>
        <translation>Известный заявитель: %1, обращений: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="558"/>
        <source>Known applicant: %s</source>
        <translation>Известный заявитель: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="565"/>
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="567"/>
        <source>Appeal %s</source>
        <translation>Обращение %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="582"/>
        <source>An electronic appeal without identification of the applicant is not counted as identified; choose how the applicant was identified.</source>
        <translation>Электронное обращение без идентификации заявителя не учитывается как идентифицированное: укажите, как установлена личность заявителя.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="622"/>
        <source>No known applicant found: a new one will be registered.</source>
        <translation>Заявитель не найден среди известных: будет зарегистрирован новый.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="689"/>
        <source>«%1» is neither a classifier code nor words of a topic: pick a topic from the list</source>
        <translation>«%1» — не код классификатора и не слова из названия темы: выберите тему из списка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="762"/>
        <source>Attached after registration: %s</source>
        <translation>Будет приложено после регистрации: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="853"/>
        <source>Done: %1 (status now «%2»)</source>
        <translation>Выполнено: %1 (теперь «%2»)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="896"/>
        <source>Outcome of question %1: %2</source>
        <translation>Результат по вопросу № %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="916"/>
        <source>Reload the appeal? What you typed here will be replaced.</source>
        <translation>Загрузить обращение заново? Введённое в форме будет заменено.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="920"/>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="1067"/>
        <source>&amp;Reload</source>
        <translation>&amp;Загрузить заново</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="921"/>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="1068"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
    <message>
        <source>Close the form? What you typed will not be saved.</source>
        <translation type="vanished">Закрыть форму? Введённые данные не будут сохранены.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="994"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="994"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/appeal_dialog.py" line="1063"/>
        <source>Load the appeal as saved now? What you typed here will be replaced.</source>
        <translation>Загрузить обращение в сохранённом виде? Введённое здесь будет заменено.</translation>
    </message>
</context>
<context>
    <name>AppealPropertiesPanel</name>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="70"/>
        <source>Properties</source>
        <translation>Объекты недвижимости</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="88"/>
        <source>Suggested by the applicant&apos;s address:</source>
        <translation>Предложено по адресу заявителя:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="91"/>
        <source>Suggested by the applicant&apos;s address</source>
        <translation>Предложено по адресу заявителя</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="95"/>
        <source>Linked:</source>
        <translation>Связаны:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="97"/>
        <source>Linked properties</source>
        <translation>Связанные объекты</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="103"/>
        <source>&amp;Card</source>
        <translation>Карто&amp;чка</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="104"/>
        <source>Open the property card (Enter on a linked property)</source>
        <translation>Открыть карточку объекта (Enter на связанном объекте)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="107"/>
        <source>U&amp;nlink</source>
        <translation>Отвя&amp;зать</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="108"/>
        <source>Remove the link to the selected property (Del)</source>
        <translation>Убрать связь с выбранным объектом (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="277"/>
        <source>Linked %1</source>
        <translation>Связано %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="278"/>
        <source>Linked by %1, %2</source>
        <translation>Связал: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="286"/>
        <source>%s (linked when the appeal is registered)</source>
        <translation>%s (свяжется при регистрации обращения)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="294"/>
        <source>as linked: %1 / now: %2</source>
        <translation>при связывании: %1 / сейчас: %2</translation>
    </message>
    <message>
        <source>at registration: %1 / now: %2</source>
        <translation type="vanished">при регистрации: %1 / сейчас: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/appeal_properties.py" line="299"/>
        <source>The register record changed after the property was linked.</source>
        <translation>Запись реестра изменилась после того, как объект связали с обращением.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/appeal_properties.py" line="304"/>
        <source>Linked: %Ln</source>
        <translation>
            <numerusform>Связан %Ln объект</numerusform>
            <numerusform>Связано %Ln объекта</numerusform>
            <numerusform>Связано %Ln объектов</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked: %d</source>
        <translation type="vanished">Связано объектов: %d</translation>
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
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="60"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/applicant_picker_dialog.py" line="67"/>
        <source>%Ln appeal(s)</source>
        <translation>
            <numerusform>%Ln обращение</numerusform>
            <numerusform>%Ln обращения</numerusform>
            <numerusform>%Ln обращений</numerusform>
        </translation>
    </message>
    <message>
        <source>appeals: %d</source>
        <translation type="vanished">обращений: %d</translation>
    </message>
</context>
<context>
    <name>ApplicantSection</name>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="45"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="55"/>
        <source>phone, e-mail or surname, then Enter</source>
        <translation>телефон, e-mail или фамилия, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="64"/>
        <source>Ne&amp;w applicant</source>
        <translation>Новый &amp;заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="78"/>
        <source>&amp;Find applicant:</source>
        <translation>&amp;Найти заявителя:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="80"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="81"/>
        <source>First &amp;name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="82"/>
        <source>Pa&amp;tronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="83"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="84"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="153"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="154"/>
        <source>Known applicant: %1, appeals: %2</source>
        <translation>Известный заявитель: %1, обращений: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/applicant_section.py" line="207"/>
        <source>No known applicant found: a new one will be registered.</source>
        <translation>Известный заявитель не найден: будет зарегистрирован новый.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="31"/>
        <source>— not set —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="33"/>
        <source>instruction to the executor</source>
        <translation>поручение исполнителю</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="35"/>
        <source>&amp;Control date:</source>
        <translation>&amp;Контрольный срок:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="60"/>
        <source>&amp;Executor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="61"/>
        <source>&amp;Department:</source>
        <translation>&amp;Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/assign_dialog.py" line="62"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Резолюция:</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="53"/>
        <source>Attached files</source>
        <translation>Вложенные файлы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="61"/>
        <source>Attach…</source>
        <translation>Приложить…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="62"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="63"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="159"/>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="170"/>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/attachments_widget.py" line="178"/>
        <source>Save the attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="88"/>
        <source>Book a consultation</source>
        <translation>Запись на консультацию</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="121"/>
        <source>classifier code or words of the topic, then Enter</source>
        <translation>код или слова темы, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="158"/>
        <source>what the citizen wants to ask, in a sentence or two</source>
        <translation>о чём гражданин хочет спросить, в одном-двух предложениях</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="168"/>
        <source>empty: built from the template %s</source>
        <translation>пусто — по шаблону %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="168"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="171"/>
        <source>Paste the meeting link, or leave it empty to build it from the template</source>
        <translation>Вставьте ссылку на встречу или оставьте пустым: ссылка будет создана по шаблону</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="175"/>
        <source>Consultation</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="179"/>
        <source>Pr&amp;operty:</source>
        <translation>О&amp;бъект:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="180"/>
        <source>&amp;Question:</source>
        <translation>&amp;Вопрос:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="207"/>
        <source>Show the free slots after the last one listed</source>
        <translation>Показать свободное время после последнего в списке</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="137"/>
        <source>Cle&amp;ar</source>
        <translation>С&amp;бросить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="177"/>
        <source>Top&amp;ic:</source>
        <translation>Т&amp;ема:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="178"/>
        <source>Fo&amp;rmat:</source>
        <translation>Фо&amp;рмат:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="181"/>
        <source>Meeting lin&amp;k:</source>
        <translation>Ссы&amp;лка на встречу:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="205"/>
        <source>&amp;Later slots</source>
        <translation>Поз&amp;же</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="209"/>
        <source>Ne&amp;xt free slots (Enter books):</source>
        <translation>Ближайшее &amp;свободное время (Enter — записать):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="211"/>
        <source>Slots</source>
        <translation>Свободное время</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="230"/>
        <source>&amp;Book</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="232"/>
        <source>Book the highlighted slot (Enter in the list, Ctrl+Enter anywhere)</source>
        <translation>Записать на выделенное время (Enter в списке, Ctrl+Enter в любом поле)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="316"/>
        <source>No property chosen.</source>
        <translation>Объект не выбран.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="319"/>
        <source>Chosen: %s</source>
        <translation>Выбран: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="380"/>
        <source>Looking for free slots…</source>
        <translation>Ищем свободное время…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="409"/>
        <source>Free slots shown: %d</source>
        <translation>Показано свободных мест: %d</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="412"/>
        <source>No free slots of a specialist on this topic and format in the coming weeks.</source>
        <translation>В ближайшие недели нет свободного времени у специалистов по этой теме в этом формате.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="415"/>
        <source>No free slots in the coming weeks.</source>
        <translation>В ближайшие недели свободного времени нет.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="459"/>
        <source>Already booked on this topic:</source>
        <translation>Гражданин уже записан по этой теме:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="461"/>
        <source>The citizen already has bookings:</source>
        <translation>У гражданина уже есть записи:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="476"/>
        <source>Choose a free slot in the list.</source>
        <translation>Выберите свободное время в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="510"/>
        <source>The list now shows the next free slots; Enter books the highlighted one.</source>
        <translation>В списке — ближайшее свободное время; Enter записывает на выделенное.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="526"/>
        <source>Book a &amp;second one</source>
        <translation>Записать &amp;ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="527"/>
        <source>&amp;Keep the existing booking</source>
        <translation>&amp;Оставить прежнюю запись</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="544"/>
        <source>Consultation booked</source>
        <translation>Запись на консультацию сделана</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/booking_dialog.py" line="546"/>
        <source>&lt;b&gt;Booked&lt;/b&gt; № %1: %2</source>
        <translation>&lt;b&gt;Записан&lt;/b&gt;, запись № %1: %2</translation>
    </message>
</context>
<context>
    <name>CancelBookingDialog</name>
    <message>
        <location filename="../../ui/dialogs/cancel_booking_dialog.py" line="38"/>
        <source>Cancel the booking</source>
        <translation>Отмена записи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_booking_dialog.py" line="43"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_booking_dialog.py" line="46"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_booking_dialog.py" line="50"/>
        <source>the citizen</source>
        <translation>гражданин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_booking_dialog.py" line="51"/>
        <source>the office</source>
        <translation>учреждение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_booking_dialog.py" line="53"/>
        <source>why the consultation is cancelled (required)</source>
        <translation>почему консультация отменяется (обязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_booking_dialog.py" line="63"/>
        <source>Cancelled &amp;by:</source>
        <translation>&amp;Кто отменил:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_booking_dialog.py" line="65"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/cancel_booking_dialog.py" line="71"/>
        <source>Cancel the &amp;booking</source>
        <translation>&amp;Отменить запись</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="99"/>
        <source>Routing</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="101"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="102"/>
        <source>Executor:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="103"/>
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="104"/>
        <source>Resolution:</source>
        <translation>Резолюция:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="105"/>
        <source>Control date:</source>
        <translation>Контрольный срок:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="106"/>
        <source>Repeats:</source>
        <translation>Повторное к:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="122"/>
        <source>Deadlines (59-FZ)</source>
        <translation>Сроки (59-ФЗ)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="124"/>
        <source>Registration due:</source>
        <translation>Регистрация до:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="125"/>
        <source>Answer due (initial):</source>
        <translation>Срок ответа (исходный):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="126"/>
        <source>Extension:</source>
        <translation>Продление:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="127"/>
        <source>Answer due:</source>
        <translation>Срок ответа:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="128"/>
        <source>Forwarding due:</source>
        <translation>Направить по компетенции до:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="129"/>
        <source>Answered:</source>
        <translation>Ответ дан:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="133"/>
        <source>Questions and outcomes</source>
        <translation>Вопросы и результаты рассмотрения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="140"/>
        <source>Steps</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="157"/>
        <source>No steps are open to you now.</source>
        <translation>Сейчас вам не доступно ни одно действие.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="195"/>
        <source>not assigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="212"/>
        <source>%1 — registered %2, late</source>
        <translation>%1 — зарегистрировано %2, с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="216"/>
        <source>%1 — registered %2, on time</source>
        <translation>%1 — зарегистрировано %2, в срок</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="223"/>
        <source>none</source>
        <translation>не было</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="226"/>
        <source>by %1 days, from %2 to %3: «%4» (%5, %6)</source>
        <translation>на %1 дн., с %2 до %3: «%4» (%5, %6)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="236"/>
        <source>%s — overdue</source>
        <translation>%s — просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="238"/>
        <source>%s — due soon</source>
        <translation>%s — срок истекает</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="240"/>
        <source>%s — answered late</source>
        <translation>%s — ответ дан с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="252"/>
        <source>%s, late</source>
        <translation>%s, с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/case_panel.py" line="275"/>
        <source>Outcome of question %d</source>
        <translation>Результат по вопросу № %d</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="42"/>
        <source>what needs to be reworked</source>
        <translation>что нужно доработать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="43"/>
        <source>how the applicant withdrew the appeal (application of …)</source>
        <translation>как заявитель отозвал обращение (заявление от …)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="45"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/comment_dialog.py" line="46"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="109"/>
        <source>The appeal was changed by someone else</source>
        <translation>Обращение изменено другим пользователем</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="111"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="112"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="113"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="114"/>
        <source>Identification</source>
        <translation>Идентификация</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="115"/>
        <source>Collective</source>
        <translation>Коллективное</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="116"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="117"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="118"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="119"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="120"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="121"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="122"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="123"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="124"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="125"/>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="128"/>
        <source>another user</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="132"/>
        <source>&lt;b&gt;%1&lt;/b&gt; saved this appeal at %2 while you had it open.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; сохранил(а) это обращение %2, пока оно было открыто у вас.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/conflict_dialog.py" line="146"/>
        <source>Fields where the versions differ are listed below. For each, keep your value or take theirs; the other %n field(s) are the same in both versions.</source>
        <translation>
            <numerusform>Ниже перечислены поля, в которых версии расходятся. Для каждого оставьте своё значение или возьмите чужое; остальные поля (%n) совпадают.</numerusform>
            <numerusform>Ниже перечислены поля, в которых версии расходятся. Для каждого оставьте своё значение или возьмите чужое; остальные поля (%n) совпадают.</numerusform>
            <numerusform>Ниже перечислены поля, в которых версии расходятся. Для каждого оставьте своё значение или возьмите чужое; остальные поля (%n) совпадают.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="152"/>
        <source>The fields of the form are the same in both versions; only the case moved on.</source>
        <translation>Поля формы в обеих версиях совпадают: изменился только ход рассмотрения.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="159"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="159"/>
        <source>Their version</source>
        <translation>Их версия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="159"/>
        <source>Your version</source>
        <translation>Ваша версия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="159"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="179"/>
        <source>mine</source>
        <translation>мою</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="180"/>
        <source>theirs</source>
        <translation>их</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="196"/>
        <source>&amp;Apply the chosen values and save</source>
        <translation>&amp;Перенести отмеченное и сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="198"/>
        <source>&amp;Load their version</source>
        <translation>&amp;Загрузить их версию</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="199"/>
        <source>Discard your changes and show the appeal as saved now</source>
        <translation>Отказаться от своих изменений и показать обращение в сохранённом виде</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="200"/>
        <source>&amp;Overwrite</source>
        <translation>Пере&amp;записать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="201"/>
        <source>Save your version over theirs (heads and administrators)</source>
        <translation>Сохранить вашу версию поверх их изменений (руководитель, администратор)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="207"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
</context>
<context>
    <name>ConsultationOriginPanel</name>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="44"/>
        <source>Registered from a consultation</source>
        <translation>Зарегистрировано по консультации</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="54"/>
        <source>Open in the day &amp;view</source>
        <translation>Откр&amp;ыть в расписании дня</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="57"/>
        <source>The specialist&apos;s consultations of that day, with this one selected</source>
        <translation>Консультации специалиста в тот день, эта — выделена</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="59"/>
        <source>Open the consultation in the day view</source>
        <translation>Открыть консультацию в расписании дня</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="61"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="65"/>
        <source>The citizen&apos;s question, the questions raised and the answer given</source>
        <translation>Вопрос гражданина, вопросы по классификатору и данный ответ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="67"/>
        <source>Details of the consultation</source>
        <translation>Подробности консультации</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="134"/>
        <source>Booking № %d</source>
        <translation>Запись № %d</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="136"/>
        <source>Topic: %s</source>
        <translation>Тема: %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="138"/>
        <source>Question: %s</source>
        <translation>Вопрос: %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="140"/>
        <source>Questions raised: %s</source>
        <translation>Вопросы по классификатору: %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="142"/>
        <source>Oral answer: %s</source>
        <translation>Устный ответ: %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="144"/>
        <source>Note: %s</source>
        <translation>Примечание: %s</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/consultation_origin.py" line="146"/>
        <source>Property: %s</source>
        <translation>Объект: %s</translation>
    </message>
</context>
<context>
    <name>ConsultationsMenu</name>
    <message>
        <location filename="../../ui/consultations_menu.py" line="22"/>
        <source>&amp;Consultations</source>
        <translation>&amp;Консультации</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_menu.py" line="29"/>
        <source>&amp;Book a consultation…</source>
        <translation>&amp;Записать на консультацию…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_menu.py" line="32"/>
        <source>Book a citizen for a consultation with a specialist (Ctrl+Shift+B)</source>
        <translation>Записать гражданина на консультацию к специалисту (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_menu.py" line="36"/>
        <source>Consultations of the &amp;day</source>
        <translation>Консультации &amp;дня</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_menu.py" line="38"/>
        <source>The specialist&apos;s consultations of the day (Ctrl+Shift+D)</source>
        <translation>Консультации специалиста за день (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_menu.py" line="40"/>
        <source>Consultation &amp;schedules…</source>
        <translation>&amp;Расписания консультаций…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_menu.py" line="41"/>
        <source>Specialists&apos; hours, slots, topics and absences</source>
        <translation>Часы приёма специалистов, длительность, темы и отсутствия</translation>
    </message>
</context>
<context>
    <name>ConsultationsWindow</name>
    <message>
        <location filename="../../ui/consultations_window.py" line="114"/>
        <location filename="../../ui/consultations_window.py" line="254"/>
        <source>Consultations of the day</source>
        <translation>Консультации дня</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="124"/>
        <location filename="../../ui/consultations_window.py" line="136"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="130"/>
        <source>Specialist</source>
        <translation>Специалист</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="138"/>
        <source>◀ &amp;Previous day</source>
        <translation>◀ &amp;Предыдущий день</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="140"/>
        <source>Previous day (Alt+Left)</source>
        <translation>Предыдущий день (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="142"/>
        <source>Next &amp;day ▶</source>
        <translation>&amp;Следующий день ▶</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="144"/>
        <source>Next day (Alt+Right)</source>
        <translation>Следующий день (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="146"/>
        <source>&amp;Today</source>
        <translation>С&amp;егодня</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="148"/>
        <source>Today (Alt+Home)</source>
        <translation>Сегодня (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="150"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="153"/>
        <source>&amp;Book…</source>
        <translation>&amp;Записать…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="155"/>
        <source>Book a consultation (Ctrl+Shift+B)</source>
        <translation>Записать на консультацию (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="158"/>
        <source>&amp;Specialist:</source>
        <translation>С&amp;пециалист:</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="175"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="175"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="175"/>
        <source>Citizen</source>
        <translation>Гражданин</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="175"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="175"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="210"/>
        <source>Open the meeting &amp;link</source>
        <translation>Открыть &amp;ссылку на встречу</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="211"/>
        <source>Open the video meeting in the browser (Ctrl+L)</source>
        <translation>Открыть видеовстречу в браузере (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="214"/>
        <location filename="../../ui/consultations_window.py" line="482"/>
        <source>Record the &amp;outcome…</source>
        <translation>&amp;Итог консультации…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="215"/>
        <source>Held, no-show, cancelled by the citizen (Enter on the row)</source>
        <translation>Проведена, неявка, отменена гражданином (Enter на строке)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="217"/>
        <location filename="../../ui/consultations_window.py" line="491"/>
        <source>Register an &amp;appeal</source>
        <translation>Зарегистрировать &amp;обращение</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="218"/>
        <source>Register an appeal from the held consultation and open it</source>
        <translation>Зарегистрировать обращение по проведённой консультации и открыть его</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="220"/>
        <source>Re&amp;schedule…</source>
        <translation>Пе&amp;ренести…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="222"/>
        <source>&amp;Cancel booking…</source>
        <translation>О&amp;тменить запись…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="238"/>
        <location filename="../../ui/consultations_window.py" line="249"/>
        <source>Earlier appeals</source>
        <translation>Прежние обращения</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="241"/>
        <location filename="../../ui/consultations_window.py" line="250"/>
        <source>Earlier consultations</source>
        <translation>Прежние консультации</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="244"/>
        <location filename="../../ui/consultations_window.py" line="251"/>
        <source>Properties</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="252"/>
        <location filename="../../ui/consultations_window.py" line="253"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="256"/>
        <source>Ctrl+%d</source>
        <translation>Ctrl+%d</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="367"/>
        <source>No specialist has a consultation schedule yet (an administrator sets it).</source>
        <translation>Ни у одного специалиста ещё нет расписания консультаций (его задаёт администратор).</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="373"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="410"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="424"/>
        <source>No consultations on this day (Alt+Right: the next day).</source>
        <translation>В этот день консультаций нет (Alt+→ — следующий день).</translation>
    </message>
    <message>
        <source>No consultations on this day.</source>
        <translation type="vanished">В этот день консультаций нет.</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="428"/>
        <source>Consultations: %1, still to hold: %2</source>
        <translation>Консультаций: %1, предстоит: %2</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="482"/>
        <source>C&amp;orrect the outcome…</source>
        <translation>Исправить &amp;итог…</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="488"/>
        <source>Open appeal %s</source>
        <translation>Открыть обращение %s</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="514"/>
        <source>Earlier appeals (%d)</source>
        <translation>Прежние обращения (%d)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="515"/>
        <source>Earlier consultations (%d)</source>
        <translation>Прежние консультации (%d)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="516"/>
        <source>Properties (%d)</source>
        <translation>Объекты (%d)</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="564"/>
        <source>Topic: %s</source>
        <translation>Тема: %s</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="566"/>
        <source>Question: %s</source>
        <translation>Вопрос: %s</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="569"/>
        <source>Property: %s</source>
        <translation>Объект: %s</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="574"/>
        <source>Link: %s</source>
        <translation>Ссылка: %s</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="577"/>
        <source>Oral answer: %s</source>
        <translation>Устный ответ: %s</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="582"/>
        <source>Appeal: %s</source>
        <translation>Обращение: %s</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="586"/>
        <source>Moved from booking № %d</source>
        <translation>Перенесена с записи № %d</translation>
    </message>
    <message>
        <location filename="../../ui/consultations_window.py" line="705"/>
        <source>Moved to %1, %2</source>
        <translation>Перенесена на %1, %2</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="28"/>
        <source>Unsaved appeals</source>
        <translation>Несохранённые обращения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="31"/>
        <source>&lt;b&gt;Restore unsaved appeals?&lt;/b&gt;&lt;br&gt;These forms were not saved the last time (the program closed or the database connection was lost). Tick the ones to open again.</source>
        <translation>&lt;b&gt;Восстановить несохранённые обращения?&lt;/b&gt;&lt;br&gt;Эти формы в прошлый раз не были сохранены (программа закрылась или пропала связь с базой данных). Отметьте те, которые нужно открыть снова.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="39"/>
        <source>New appeal</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="41"/>
        <source>%1 — saved %2</source>
        <translation>%1 — сохранено %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="51"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="53"/>
        <source>&amp;Discard ticked</source>
        <translation>&amp;Удалить отмеченные</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="54"/>
        <source>&amp;Later</source>
        <translation>&amp;Позже</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/drafts_dialog.py" line="55"/>
        <source>Keep the drafts and ask at the next start</source>
        <translation>Сохранить черновики и спросить при следующем запуске</translation>
    </message>
</context>
<context>
    <name>EditorSession</name>
    <message>
        <location filename="../../ui/editor_session.py" line="60"/>
        <source>No connection to the database — the form is saved locally, reconnecting…</source>
        <translation>Нет связи с базой данных — данные формы сохранены локально, переподключение…</translation>
    </message>
    <message>
        <location filename="../../ui/editor_session.py" line="67"/>
        <source>The appeal was changed by another user.</source>
        <translation>Обращение изменено другим пользователем.</translation>
    </message>
    <message>
        <location filename="../../ui/editor_session.py" line="69"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/editor_session.py" line="71"/>
        <source>Show the appeal as it is saved now</source>
        <translation>Показать обращение в сохранённом сейчас виде</translation>
    </message>
    <message>
        <location filename="../../ui/editor_session.py" line="128"/>
        <source>Open now: %s</source>
        <translation>Сейчас открыто: %s</translation>
    </message>
    <message>
        <location filename="../../ui/editor_session.py" line="155"/>
        <source>The appeal was changed by another user (%s). Your changes are kept in the form.</source>
        <translation>Обращение %s изменено другим пользователем. Ваши изменения остаются в форме.</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>City portal</source>
        <translation>Портал города</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Virtual reception</source>
        <translation>Виртуальная приёмная</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <location filename="../../ui/labels.py" line="172"/>
        <source>Video consultation</source>
        <translation>Видеоконсультация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>Chat bot</source>
        <translation>Чат-бот</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <location filename="../../ui/labels.py" line="173"/>
        <source>In person</source>
        <translation>Личный приём</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Gosuslugi</source>
        <translation>Госуслуги</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>From another authority</source>
        <translation>Из другого органа</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Portal account</source>
        <translation>Учётная запись портала</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Signed document</source>
        <translation>Подписанный документ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Identity document</source>
        <translation>Документ, удостоверяющий личность</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Not established</source>
        <translation>Не установлена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Citizen</source>
        <translation>Гражданин</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Executor assigned</source>
        <translation>Назначен исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <location filename="../../ui/labels.py" line="82"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <location filename="../../ui/labels.py" line="121"/>
        <source>Answer prepared</source>
        <translation>Ответ подготовлен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <location filename="../../ui/labels.py" line="156"/>
        <source>Returned for rework</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <location filename="../../ui/labels.py" line="88"/>
        <source>Forwarded by competence</source>
        <translation>Направлено по компетенции</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Left without answer</source>
        <translation>Оставлено без ответа</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Withdrawn by the applicant</source>
        <translation>Отозвано заявителем</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Extended</source>
        <translation>Продлено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Explained</source>
        <translation>Разъяснено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Supported</source>
        <translation>Поддержано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="86"/>
        <source>Supported, measures taken</source>
        <translation>Поддержано, меры приняты</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="87"/>
        <source>Not supported</source>
        <translation>Не поддержано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="89"/>
        <source>Answer given to the author</source>
        <translation>Дан ответ автору</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="90"/>
        <source>Left without answer to the author</source>
        <translation>Оставлено без ответа автору</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="93"/>
        <source>Land plot</source>
        <translation>Земельный участок</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="94"/>
        <source>Building</source>
        <translation>Здание</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="95"/>
        <source>Structure</source>
        <translation>Сооружение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="96"/>
        <source>Premises</source>
        <translation>Помещение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="97"/>
        <source>Parking space</source>
        <translation>Машино-место</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="98"/>
        <source>Unfinished construction</source>
        <translation>Объект незавершённого строительства</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="99"/>
        <source>Unified real estate complex</source>
        <translation>Единый недвижимый комплекс</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="100"/>
        <source>Enterprise as a property complex</source>
        <translation>Предприятие как имущественный комплекс</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Residential</source>
        <translation>Жилое</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Non-residential</source>
        <translation>Нежилое</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="107"/>
        <source>Property of the city of Moscow</source>
        <translation>Собственность города Москвы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="108"/>
        <source>Federal property</source>
        <translation>Федеральная собственность</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Private property</source>
        <translation>Частная собственность</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>Mixed property</source>
        <translation>Смешанная собственность</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Clerk</source>
        <translation>Регистратор</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <source>Manager</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="116"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Assign executor</source>
        <translation>Назначить исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>Take into work</source>
        <translation>Принять в работу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="122"/>
        <location filename="../../ui/labels.py" line="168"/>
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <source>Approve answer</source>
        <translation>Утвердить ответ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>Forward by competence</source>
        <translation>Направить по компетенции</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="126"/>
        <source>Leave without answer</source>
        <translation>Оставить без ответа</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="127"/>
        <source>Withdrawal by the applicant</source>
        <translation>Отзыв заявителем</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="128"/>
        <source>Extend deadline</source>
        <translation>Продлить срок</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>No surname or postal address given (Art. 11 part 1)</source>
        <translation>Не указаны фамилия или почтовый адрес (ч. 1 ст. 11)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="134"/>
        <source>Obscene or offensive language, threats (Art. 11 part 3)</source>
        <translation>Нецензурные либо оскорбительные выражения, угрозы (ч. 3 ст. 11)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>The text cannot be read (Art. 11 part 4)</source>
        <translation>Текст не поддаётся прочтению (ч. 4 ст. 11)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>Correspondence terminated on a repeated appeal (Art. 11 part 5)</source>
        <translation>Переписка прекращена по повторному обращению (ч. 5 ст. 11)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="141"/>
        <source>Appeal against a court decision: returned within 7 days (Art. 11 part 2)</source>
        <translation>Обжалование судебного решения: возвращено в 7 дней (ч. 2 ст. 11)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <source>Answer on the merits</source>
        <translation>Ответ по существу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Interim answer</source>
        <translation>Промежуточный ответ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="148"/>
        <source>Notice of deadline extension</source>
        <translation>Уведомление о продлении срока</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="149"/>
        <source>Notice of forwarding</source>
        <translation>Уведомление о переадресации</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="150"/>
        <source>Refusal to answer on the merits</source>
        <translation>Отказ в ответе по существу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151"/>
        <source>Termination of correspondence</source>
        <translation>Прекращение переписки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>On approval</source>
        <translation>На согласовании</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>Printing</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161"/>
        <source>Copy saved</source>
        <translation>Сохранение копии</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162"/>
        <source>Exported by command</source>
        <translation>Выгрузка командой</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="165"/>
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="166"/>
        <source>Send for approval</source>
        <translation>Отправить на согласование</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="167"/>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169"/>
        <source>Print and copies</source>
        <translation>Печать и копии</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Video only</source>
        <translation>Только видео</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="177"/>
        <source>In person only</source>
        <translation>Только лично</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="178"/>
        <source>Video and in person</source>
        <translation>Видео и лично</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Booked</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Held</source>
        <translation>Проведена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="184"/>
        <source>Cancelled by the citizen</source>
        <translation>Отменена гражданином</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="185"/>
        <source>Cancelled by the office</source>
        <translation>Отменена учреждением</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="186"/>
        <source>Moved</source>
        <translation>Перенесена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="189"/>
        <source>Explanation given</source>
        <translation>Дано разъяснение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="190"/>
        <source>Oral answer with the citizen&apos;s consent</source>
        <translation>Устный ответ с согласия гражданина</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="193"/>
        <source>Written answer needed</source>
        <translation>Нужен письменный ответ</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../ui/error_report.py" line="61"/>
        <source>The action was not completed: an unexpected error (%1: %2).

The details are written to %3. Please tell your administrator.</source>
        <translation>Действие не выполнено из-за непредвиденной ошибки (%1: %2).

Подробности записаны в файл %3. Сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../../ui/error_report.py" line="69"/>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="29"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="32"/>
        <source>e.g. documents requested from another body; the applicant is notified</source>
        <translation>например, запрошены документы в другом органе; заявитель уведомляется</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="34"/>
        <source>Answer due now:</source>
        <translation>Срок ответа сейчас:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="35"/>
        <source>Extend &amp;by:</source>
        <translation>Продлить &amp;на:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/extend_dialog.py" line="36"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
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
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="58"/>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Создать и войти</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/first_admin_dialog.py" line="74"/>
        <source>The passwords do not match.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="261"/>
        <source>Close the form? What you typed will not be saved.</source>
        <translation>Закрыть форму? Введённые данные не будут сохранены.</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="26"/>
        <source>the competent body, e.g. Prefecture of the CAO</source>
        <translation>компетентный орган, например префектура ЦАО</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="37"/>
        <source>Letter &amp;dated:</source>
        <translation>&amp;Дата письма:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="33"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="35"/>
        <source>&amp;To body:</source>
        <translation>&amp;Орган:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="36"/>
        <source>Covering letter &amp;No.:</source>
        <translation>&amp;Номер сопроводительного письма:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/forward_dialog.py" line="38"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/guide_dialog.py" line="17"/>
        <location filename="../../ui/dialogs/guide_dialog.py" line="19"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide_dialog.py" line="29"/>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>Руководство пользователя не установлено вместе с этой копией программы.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/guide_dialog.py" line="31"/>
        <source>Open in &amp;browser</source>
        <translation>Открыть в &amp;браузере</translation>
    </message>
</context>
<context>
    <name>InvitationPanel</name>
    <message>
        <location filename="../../ui/widgets/invitation_panel.py" line="44"/>
        <source>Invitation</source>
        <translation>Приглашение</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_panel.py" line="50"/>
        <source>&amp;Copy text</source>
        <translation>&amp;Копировать текст</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_panel.py" line="52"/>
        <source>Sa&amp;ve .ics…</source>
        <translation>Сохранить .&amp;ics…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_panel.py" line="54"/>
        <source>E-&amp;mail…</source>
        <translation>&amp;Письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_panel.py" line="55"/>
        <source>Open the invitation in your mail client</source>
        <translation>Открыть приглашение в почтовой программе</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_panel.py" line="57"/>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_panel.py" line="88"/>
        <source>Save the calendar file</source>
        <translation>Сохранить файл календаря</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_panel.py" line="90"/>
        <source>Calendar (*.ics)</source>
        <translation>Календарь (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_panel.py" line="103"/>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/invitation_panel.py" line="120"/>
        <source>No mail client answered. Copy the text and send it from your mail.</source>
        <translation>Почтовая программа не открылась. Скопируйте текст и отправьте его из своей почты.</translation>
    </message>
</context>
<context>
    <name>LeaveWithoutAnswerDialog</name>
    <message>
        <location filename="../../ui/dialogs/leave_without_answer_dialog.py" line="26"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_without_answer_dialog.py" line="27"/>
        <source>Legal &amp;ground:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/leave_without_answer_dialog.py" line="28"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="96"/>
        <source>Letter to the applicant — %1</source>
        <translation>Письмо заявителю — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="112"/>
        <source>&amp;Fill in from template</source>
        <translation>&amp;Заполнить по шаблону</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="129"/>
        <source>&amp;Hand delivery (no reply address needed)</source>
        <translation>Вручить &amp;лично (адрес для ответа не нужен)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="135"/>
        <source>Bold</source>
        <translation>Полужирный</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="139"/>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="143"/>
        <source>Bulleted list</source>
        <translation>Маркированный список</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="153"/>
        <source>The letter as it will be printed appears here: press «Preview».</source>
        <translation>Здесь появится письмо в том виде, в каком оно будет напечатано: нажмите «Предпросмотр».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="157"/>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>&amp;Redacted copy (applicant&apos;s personal data hidden)</source>
        <translation type="vanished">&amp;Обезличенная копия (без персональных данных заявителя)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="159"/>
        <source>&amp;Redacted copy</source>
        <translation>&amp;Обезличенная копия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="161"/>
        <source>Edited since: press «Preview» again.</source>
        <translation>Письмо изменено после предпросмотра: нажмите «Предпросмотр» ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="170"/>
        <source>The applicant&apos;s personal data hidden: a copy for handing the case file to a third party</source>
        <translation>Персональные данные заявителя скрыты: копия для передачи материалов третьим лицам</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="178"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="180"/>
        <source>Send for &amp;approval</source>
        <translation>&amp;На согласование</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="182"/>
        <source>Appro&amp;ve</source>
        <translation>&amp;Утвердить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="184"/>
        <source>Re&amp;turn with comment…</source>
        <translation>&amp;Вернуть с замечанием…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="186"/>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="188"/>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить &amp;копию…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="190"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="192"/>
        <source>Attach&amp;ments…</source>
        <translation>Вло&amp;жения…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="193"/>
        <source>Files sent with this letter</source>
        <translation>Файлы, отправляемые с письмом</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="200"/>
        <source>T&amp;itle:</source>
        <translation>За&amp;головок:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="201"/>
        <source>A&amp;ddressee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="202"/>
        <source>Si&amp;gnatory:</source>
        <translation>По&amp;дписант:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="203"/>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="204"/>
        <source>Executor&apos;s p&amp;hone:</source>
        <translation>&amp;Телефон исполнителя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="222"/>
        <source>Letter:</source>
        <translation>Письмо:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="224"/>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="283"/>
        <source>Text of the letter</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="284"/>
        <source>Preview of the letter</source>
        <translation>Предпросмотр письма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="296"/>
        <source>Fill the letter from a template first.</source>
        <translation>Сначала заполните письмо по шаблону.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="299"/>
        <source>Attachments of the letter</source>
        <translation>Вложения письма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="312"/>
        <source>New letter</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="362"/>
        <source>Returned: %1</source>
        <translation>Возвращено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="372"/>
        <source>Choose a template and fill the letter in.</source>
        <translation>Выберите шаблон и заполните письмо.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="508"/>
        <source>Return for rework</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="508"/>
        <source>What needs to be reworked:</source>
        <translation>Что нужно доработать:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="582"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_dialog.py" line="582"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LetterTemplatesDialog</name>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="78"/>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="351"/>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="596"/>
        <source>Letter templates</source>
        <translation>Шаблоны писем</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="84"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="88"/>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="90"/>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="341"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Отключить…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="92"/>
        <source>A deactivated template is no longer offered for new letters; letters made from it stay</source>
        <translation>Отключённый шаблон больше не предлагается для новых писем; письма, уже подготовленные по нему, сохраняются</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="98"/>
        <source>Templates:</source>
        <translation>Шаблоны:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="107"/>
        <source>latin letters, digits, _ and -: answer_roof_repair</source>
        <translation>латинские буквы, цифры, _ и -: answer_roof_repair</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="123"/>
        <source>Problems in the template</source>
        <translation>Ошибки в шаблоне</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="133"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="134"/>
        <source>&amp;Kind:</source>
        <translation>Ви&amp;д письма:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="135"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="150"/>
        <source>Te&amp;xt of the letter (Jinja; **bold**, *italic*, «- » starts a list item):</source>
        <translation>&amp;Текст письма (Jinja; **жирный**, *курсив*, «- » в начале строки — пункт списка):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="154"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="161"/>
        <source>&amp;Revert</source>
        <translation>Отменить измен&amp;ения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="162"/>
        <source>Throw away the unsaved changes</source>
        <translation>Отбросить несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="185"/>
        <source>Appeal number; empty: sample data</source>
        <translation>Номер обращения; пусто — образец данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="188"/>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>For &amp;appeal:</source>
        <translation type="vanished">Для &amp;обращения:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="207"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="207"/>
        <source>Meaning</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="207"/>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="225"/>
        <source>&amp;Insert field</source>
        <translation>Вст&amp;авить поле</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="227"/>
        <source>Insert the chosen field at the cursor (or double-click it)</source>
        <translation>Вставить выбранное поле в позицию курсора (или дважды щёлкните поле)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="239"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="208"/>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="240"/>
        <source>Merge fields</source>
        <translation>Поля подстановки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="155"/>
        <source>Save the template (Ctrl+S)</source>
        <translation>Сохранить шаблон (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="197"/>
        <source>For appea&amp;l:</source>
        <translation>Для о&amp;бращения:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="247"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="299"/>
        <source> · inactive</source>
        <translation> · отключён</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="328"/>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="331"/>
        <source>Active · version %1 · changed %2</source>
        <translation>Действует · версия %1 · изменён %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="337"/>
        <source>Inactive: not offered for new letters. Saving activates it again.</source>
        <translation>Отключён: не предлагается для новых писем. Сохранение снова включает его.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="341"/>
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="369"/>
        <source>The template has unsaved changes. Save them or revert them first.</source>
        <translation>В шаблоне есть несохранённые изменения. Сначала сохраните или отмените их.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="388"/>
        <source>Problems: %d (click one to go to it)</source>
        <translation>Проблем: %d (щёлкните, чтобы перейти к месту)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="391"/>
        <source>✓ The template compiles and fills in with sample data.</source>
        <translation>✓ Шаблон без ошибок и заполняется образцом данных.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="397"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="398"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="399"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="403"/>
        <source>, line %1, column %2</source>
        <translation>, строка %1, позиция %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="408"/>
        <source>, line %1</source>
        <translation>, строка %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="433"/>
        <source>Line %1, column %2</source>
        <translation>Строка %1, позиция %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="489"/>
        <source>Deactivate the template</source>
        <translation>Отключение шаблона</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="491"/>
        <source>Deactivate the template «%1»? It will no longer be offered for new letters; letters already made from it keep their text. You can activate it again at any time.</source>
        <translation>Отключить шаблон «%1»? Он больше не будет предлагаться для новых писем; письма, уже подготовленные по нему, сохранят свой текст. Включить его снова можно в любой момент.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letter_templates_dialog.py" line="597"/>
        <source>The template has unsaved changes. Close without saving?</source>
        <translation>В шаблоне есть несохранённые изменения. Закрыть без сохранения?</translation>
    </message>
</context>
<context>
    <name>LetterWindows</name>
    <message>
        <location filename="../../ui/letter_windows.py" line="44"/>
        <source>&amp;Outgoing letters…</source>
        <translation>&amp;Исходящие письма…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_windows.py" line="46"/>
        <source>The register of outgoing letters: numbers, dates, addressees</source>
        <translation>Реестр исходящих писем: номера, даты, адресаты</translation>
    </message>
    <message>
        <location filename="../../ui/letter_windows.py" line="52"/>
        <source>&amp;Letter templates…</source>
        <translation>&amp;Шаблоны писем…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_windows.py" line="53"/>
        <source>Create and edit the templates letters are filled in from</source>
        <translation>Создание и правка шаблонов, по которым заполняются письма</translation>
    </message>
</context>
<context>
    <name>LettersPanel</name>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="27"/>
        <source>Letters of the appeal</source>
        <translation>Письма по обращению</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="29"/>
        <source>&amp;New letter…</source>
        <translation>&amp;Новое письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="30"/>
        <source>Draft a letter from a template</source>
        <translation>Подготовить письмо по шаблону</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="33"/>
        <source>&amp;Open letter</source>
        <translation>&amp;Открыть письмо</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="62"/>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/letters_panel.py" line="66"/>
        <source>no number yet</source>
        <translation>номер ещё не присвоен</translation>
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
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Reception — %s</source>
        <translation>Приёмная — %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>Register of appeals</source>
        <translation>Реестр обращений</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Register</source>
        <translation>Реестр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;New appeal</source>
        <translation>&amp;Новое обращение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Register a new appeal (Ctrl+N)</source>
        <translation>Зарегистрировать новое обращение (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Reload the register (F5)</source>
        <translation>Обновить реестр (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Open by &amp;number…</source>
        <translation>Открыть по &amp;номеру…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>Open an appeal by its registration number (Ctrl+G)</source>
        <translation>Открыть обращение по регистрационному номеру (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Search: number, phone, e-mail, surname or summary words</source>
        <translation>Поиск: номер, телефон, e-mail, фамилия или слова из краткого содержания</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>Which appeals the register shows (Ctrl+L)</source>
        <translation>Какие обращения показывает реестр (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>Register filter</source>
        <translation>Фильтр реестра</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216"/>
        <source>All appeals</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>My appeals</source>
        <translation>Мои обращения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>Due soon</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Answered late</source>
        <translation>Отвечены с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Status: %s</source>
        <translation>Статус: %s</translation>
    </message>
    <message>
        <source>Fi&amp;lter</source>
        <translation type="vanished">Фи&amp;льтр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>Show &amp;overdue</source>
        <translation>Показать &amp;просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <location filename="../../ui/main_window.py" line="309"/>
        <source>Show the overdue appeals (Ctrl+Shift+O)</source>
        <translation>Показать просроченные обращения (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>&amp;Property…</source>
        <translation>О&amp;бъект…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Find a property in the register and open its card (Ctrl+Shift+P)</source>
        <translation>Найти объект в реестре недвижимости и открыть его карточку (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>New propert&amp;y…</source>
        <translation>Новый объ&amp;ект…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Add a property to the register by hand</source>
        <translation>Добавить объект в реестр недвижимости вручную</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>&amp;Import properties…</source>
        <translation>&amp;Импорт объектов…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>Load a property registry file (CSV or XLSX)</source>
        <translation>Загрузить файл реестра объектов недвижимости (CSV или XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Click to show appeals about every property</source>
        <translation>Нажмите, чтобы снова показать обращения по всем объектам</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Search and filters</source>
        <translation>Поиск и фильтры</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>Appeals: …</source>
        <translation>Обращений: …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>User: %1 (%2)</source>
        <translation>Пользователь: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>Database: %s</source>
        <translation>База данных: %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>Overdue: …</source>
        <translation>Просрочено: …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>No appeal matches the search or the filters.</source>
        <translation>Ни одно обращение не подходит под запрос или фильтры.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>No appeals yet.</source>
        <translation>Обращений пока нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="381"/>
        <source>Appeals: %Ln</source>
        <translation>
            <numerusform>Обращений: %Ln</numerusform>
            <numerusform>Обращений: %Ln</numerusform>
            <numerusform>Обращений: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Overdue: %Ln</source>
        <translation>
            <numerusform>Просрочено: %Ln</numerusform>
            <numerusform>Просрочено: %Ln</numerusform>
            <numerusform>Просрочено: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <location filename="../../ui/main_window.py" line="465"/>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Filte&amp;rs</source>
        <translation>Фильт&amp;ры</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443"/>
        <source>Show the filters: status, channel, kind, topic, executor, department, dates (Ctrl+Shift+F)</source>
        <translation>Показать фильтры: статус, канал, вид, тема, исполнитель, подразделение, даты (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="997"/>
        <source>Saved: property %s</source>
        <translation>Сохранено: объект %s</translation>
    </message>
    <message>
        <source>By relevance</source>
        <translation type="vanished">По релевантности</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>Order the search results by how well they match</source>
        <translation>Упорядочить найденное по тому, насколько оно соответствует запросу</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <location filename="../../ui/main_window.py" line="544"/>
        <source>Filte&amp;rs (%d)</source>
        <translation>Фильт&amp;ры (%d)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="503"/>
        <source>The register cannot be sorted by this column.</source>
        <translation>По этому столбцу реестр сортировать нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="661"/>
        <source>Registration number (for example ВП-2026-000017, or short: ВП-2026-17):</source>
        <translation>Регистрационный номер (например, ВП-2026-000017 или коротко ВП-2026-17):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="812"/>
        <source>Exported %Ln appeal(s) to %1</source>
        <translation>
            <numerusform>Выгружено %Ln обращение в %1</numerusform>
            <numerusform>Выгружено %Ln обращения в %1</numerusform>
            <numerusform>Выгружено %Ln обращений в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Appeals: %d</source>
        <translation type="vanished">Обращений: %d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>Appeals: ?</source>
        <translation>Обращений: ?</translation>
    </message>
    <message>
        <source>Overdue: %d</source>
        <translation type="vanished">Просрочено: %d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>Overdue: ?</source>
        <translation>Просрочено: ?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>By rele&amp;vance</source>
        <translation>По реле&amp;вантности</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="651"/>
        <source>Saved: appeal %s</source>
        <translation>Сохранено: обращение %s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="659"/>
        <source>Open by number</source>
        <translation>Открыть по номеру</translation>
    </message>
    <message>
        <source>Registration number (for example ВП-2026-17):</source>
        <translation type="vanished">Регистрационный номер (например, ВП-2026-17):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="682"/>
        <source>No connection to the database — form data is saved locally, reconnecting…</source>
        <translation>Нет связи с базой данных — данные формы сохранены локально, переподключение…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="707"/>
        <source>&amp;Users…</source>
        <translation>&amp;Пользователи…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708"/>
        <source>Accounts: add, reset a password, deactivate</source>
        <translation>Учётные записи: добавить, сбросить пароль, отключить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="716"/>
        <source>Appeal from &amp;e-mail (.eml)…</source>
        <translation>Обращение из &amp;письма (.eml)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="722"/>
        <source>E&amp;xport register…</source>
        <translation>&amp;Выгрузить реестр…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="724"/>
        <source>The register as shown (filters and columns) to XLSX or CSV</source>
        <translation>Реестр в текущем виде (фильтры и столбцы) в XLSX или CSV</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="726"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="730"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="734"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="736"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="740"/>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="745"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="528"/>
        <location filename="../../ui/main_window.py" line="749"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="751"/>
        <source>&amp;Appeal</source>
        <translation>&amp;Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="523"/>
        <location filename="../../ui/main_window.py" line="761"/>
        <source>Re&amp;ports</source>
        <translation>О&amp;тчёты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>Appeals to &amp;show</source>
        <translation>&amp;Какие обращения показывать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="765"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="775"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Exported %1 appeals to %2</source>
        <translation type="vanished">Выгружено обращений: %1 — в %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="832"/>
        <source>Appeal from e-mail</source>
        <translation>Обращение из письма</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="832"/>
        <source>E-mail messages (*.eml)</source>
        <translation>Письма электронной почты (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="863"/>
        <source>About Reception</source>
        <translation>О программе «Приёмная»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="864"/>
        <source>Reception %s — the virtual reception office: citizens&apos; appeals under Federal Law 59-FZ.</source>
        <translation>«Приёмная» %s — виртуальная приёмная: обращения граждан по Федеральному закону № 59-ФЗ.</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="vanished">&amp;Администрирование</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="918"/>
        <source>The connection to the database is back.</source>
        <translation>Связь с базой данных восстановлена.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="556"/>
        <location filename="../../ui/main_window.py" line="564"/>
        <location filename="../../ui/main_window.py" line="971"/>
        <source>Property: %s  ✕</source>
        <translation>Объект: %s  ✕</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/widgets/form.py" line="248"/>
        <source>Reception</source>
        <translation>Приёмная</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="42"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="53"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="54"/>
        <source>Full &amp;name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="55"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="56"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="91"/>
        <source>Correct the outcome of the consultation</source>
        <translation>Исправление итога консультации</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="93"/>
        <source>Outcome of the consultation</source>
        <translation>Итог консультации</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="114"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="116"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="127"/>
        <source>%s (choose the new time…)</source>
        <translation>%s (выбрать новое время…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="133"/>
        <source>classifier code or words of the topic, then Enter</source>
        <translation>код или слова темы, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="141"/>
        <source>A&amp;dd</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="147"/>
        <source>Del removes the highlighted question</source>
        <translation>Del удаляет выделенный вопрос</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="166"/>
        <source>what was explained to the citizen</source>
        <translation>что было разъяснено гражданину</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="170"/>
        <source>what was recorded by mistake</source>
        <translation>что было отмечено ошибочно</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="171"/>
        <source>&amp;Register an appeal for a written answer and open it</source>
        <translation>&amp;Зарегистрировать обращение для письменного ответа и открыть его</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="177"/>
        <source>empty: prefilled from the consultation (the question, the questions raised, the oral answer)</source>
        <translation>пусто — текст составляется по консультации (вопрос, поставленные вопросы, устный ответ)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="184"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="185"/>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="186"/>
        <source>&amp;Question raised:</source>
        <translation>&amp;Поставлен вопрос:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="187"/>
        <source>Questions:</source>
        <translation>Вопросы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="188"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Ответ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="189"/>
        <source>Oral a&amp;nswer:</source>
        <translation>&amp;Устный ответ:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="190"/>
        <source>No&amp;te:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="192"/>
        <source>Reason for the &amp;correction:</source>
        <translation>При&amp;чина исправления:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="194"/>
        <source>Appeal te&amp;xt:</source>
        <translation>&amp;Текст обращения:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="200"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="317"/>
        <source>Add the questions raised: the appeal is registered on them.</source>
        <translation>Добавьте поставленные вопросы: по ним регистрируется обращение.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outcome_dialog.py" line="386"/>
        <source>Register the appeal</source>
        <translation>Зарегистрировать обращение</translation>
    </message>
</context>
<context>
    <name>OutgoingModel</name>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="74"/>
        <source>Outgoing No.</source>
        <translation>Исх. №</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="75"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="76"/>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="77"/>
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="78"/>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="79"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="80"/>
        <source>Copies</source>
        <translation>Копий</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="81"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
</context>
<context>
    <name>OutgoingRegisterDialog</name>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="209"/>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="241"/>
        <source>Outgoing letters</source>
        <translation>Исходящие письма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="213"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="214"/>
        <source>Only letters dated within the period</source>
        <translation>Только письма с датой в этом периоде</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="217"/>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="218"/>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="230"/>
        <source>Number, addressee, title, signatory or appeal number</source>
        <translation>Номер, адресат, заголовок, подписант или номер обращения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="232"/>
        <source>&amp;Show</source>
        <translation>Показ&amp;ать</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="234"/>
        <source>&amp;Find:</source>
        <translation>П&amp;оиск:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="257"/>
        <source>Open &amp;appeal</source>
        <translation>Открыть о&amp;бращение</translation>
    </message>
    <message>
        <source>Open letter &amp;PDF</source>
        <translation type="vanished">Открыть &amp;PDF письма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="259"/>
        <source>Open letter P&amp;DF</source>
        <translation>Открыть &amp;PDF письма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="260"/>
        <source>The approved letter exactly as it was filed</source>
        <translation>Утверждённое письмо в точности в том виде, в каком оно сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="262"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="263"/>
        <source>The register as filtered, to XLSX or CSV</source>
        <translation>Реестр с текущим отбором — в XLSX или CSV</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="265"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="309"/>
        <source>Letters: …</source>
        <translation>Писем: …</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="314"/>
        <source>Letters: %d</source>
        <translation>Писем: %d</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="318"/>
        <source>Letters: ?</source>
        <translation>Писем: ?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="347"/>
        <source>Letter %1 of %2</source>
        <translation>Письмо %1 от %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="366"/>
        <source>Exporting the outgoing register…</source>
        <translation>Выгрузка реестра исходящих писем…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="366"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="378"/>
        <source>Exported %1 letters to %2</source>
        <translation>Выгружено писем: %1, файл %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="427"/>
        <source>Export the outgoing register</source>
        <translation>Выгрузка реестра исходящих писем</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="429"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>PdfViewerDialog</name>
    <message>
        <location filename="../../ui/dialogs/outgoing_register_dialog.py" line="189"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>PropertyCardDialog</name>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="75"/>
        <source>Register record</source>
        <translation>Запись реестра</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="79"/>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="80"/>
        <source>Right holders</source>
        <translation>Правообладатели</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="84"/>
        <source>Parent object and objects within</source>
        <translation>Объект, в который входит, и объекты в его составе</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="86"/>
        <source>Belongs to / contains</source>
        <translation>Входит в / состоит из</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="90"/>
        <source>Appeals about this property</source>
        <translation>Обращения по объекту</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="92"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="92"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="92"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="92"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="92"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="114"/>
        <source>&amp;Open appeal</source>
        <translation>&amp;Открыть обращение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="117"/>
        <source>Show appeals in the &amp;register</source>
        <translation>Показать обращения в &amp;реестре</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="120"/>
        <source>Appeals</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="134"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="135"/>
        <source>Change the register record of this property</source>
        <translation>Изменить запись реестра об этом объекте</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="172"/>
        <source>Property %s</source>
        <translation>Объект %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="173"/>
        <source>no cadastral number</source>
        <translation>без кадастрового номера</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="178"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="179"/>
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="180"/>
        <source>Purpose:</source>
        <translation>Назначение:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="181"/>
        <source>UNOM:</source>
        <translation>UNOM:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="182"/>
        <source>Area:</source>
        <translation>Площадь:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="183"/>
        <source>Cadastral value:</source>
        <translation>Кадастровая стоимость:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="184"/>
        <source>Ownership:</source>
        <translation>Форма собственности:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="185"/>
        <source>Notes:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="196"/>
        <source>(none recorded)</source>
        <translation>(не указаны)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="200"/>
        <source>Belongs to: %s</source>
        <translation>Входит в: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="205"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="216"/>
        <source>(when linked: %s)</source>
        <translation>(при связывании: %s)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="220"/>
        <source>Linked to this property by %1, %2</source>
        <translation>Связал с объектом: %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="224"/>
        <source>Linked to this property %1</source>
        <translation>Связано с объектом %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="232"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="253"/>
        <source>Appeals can be opened from the main window only.</source>
        <translation>Обращения открываются только из главного окна.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_card_dialog.py" line="288"/>
        <source>The register is in the main window.</source>
        <translation>Реестр обращений — в главном окне.</translation>
    </message>
</context>
<context>
    <name>PropertyEditDialog</name>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="145"/>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="161"/>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="169"/>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="171"/>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="176"/>
        <source>e.g. %1</source>
        <translation>например: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="147"/>
        <source>Leave empty for an object not registered yet: the address is then required.</source>
        <translation>Оставьте пустым для объекта, ещё не поставленного на кадастровый учёт: тогда обязателен адрес.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="153"/>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="158"/>
        <source>e.g. apartment, school</source>
        <translation>например: квартира, школа</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="164"/>
        <source>the city&apos;s building number</source>
        <translation>городской идентификатор здания</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="166"/>
        <source>cadastral number of the building or plot</source>
        <translation>кадастровый номер здания или участка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="178"/>
        <source>One holder a line; the share, if any, in brackets: (1/2) or (50 %).</source>
        <translation>По одному правообладателю в строке; долю, если есть, — в скобках: (1/2) или (50 %).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="185"/>
        <source>Register record</source>
        <translation>Запись реестра</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="188"/>
        <source>&amp;Cadastral number:</source>
        <translation>&amp;Кадастровый номер:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="190"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид объекта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="191"/>
        <source>Pur&amp;pose:</source>
        <translation>&amp;Назначение:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="192"/>
        <source>&amp;Name:</source>
        <translation>Наи&amp;менование:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="193"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="194"/>
        <source>&amp;UNOM:</source>
        <translation>Код &amp;здания (UNOM):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="195"/>
        <source>Pa&amp;rent object:</source>
        <translation>&amp;Родительский объект:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="197"/>
        <source>Ar&amp;ea, m²:</source>
        <translation>&amp;Площадь, м²:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="198"/>
        <source>Cadastral &amp;value, ₽:</source>
        <translation>Кадастровая &amp;стоимость, ₽:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="199"/>
        <source>&amp;Ownership:</source>
        <translation>&amp;Форма собственности:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="202"/>
        <source>Right &amp;holders</source>
        <translation>Правооб&amp;ладатели</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="203"/>
        <source>Right holders</source>
        <translation>Правообладатели</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="207"/>
        <source>No&amp;tes</source>
        <translation>Пр&amp;имечание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="208"/>
        <source>Notes</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="217"/>
        <source>Save (Ctrl+S or Enter)</source>
        <translation>Сохранить (Ctrl+S или Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="248"/>
        <source>New property</source>
        <translation>Новый объект недвижимости</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="252"/>
        <source>Edit property %s</source>
        <translation>Изменение объекта %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="283"/>
        <source>Belongs to «%s», an object without a cadastral number: saving removes this link.</source>
        <translation>Входит в объект «%s» без кадастрового номера: при сохранении эта связь будет утрачена.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="338"/>
        <source>Choose the kind of object.</source>
        <translation>Выберите вид объекта.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="349"/>
        <source>«%s» is not a number: write it as 54,3 or 1 250 000.</source>
        <translation>«%s» — не число: нужен вид 54,3 или 1&#xa0;250&#xa0;000.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="358"/>
        <source>UNOM is a whole number, e.g. 12345.</source>
        <translation>UNOM — целое число, например 12345.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="435"/>
        <source>Load the record as saved now? The fields you changed keep what you typed: check them and save again.</source>
        <translation>Загрузить запись в сохранённом виде? Поля, которые вы изменили, сохранят введённое: проверьте их и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="441"/>
        <source>&amp;Reload</source>
        <translation>&amp;Загрузить заново</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_edit_dialog.py" line="442"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
    <message>
        <source>Close the form? What you typed will not be saved.</source>
        <translation type="vanished">Закрыть форму? Введённые данные не будут сохранены.</translation>
    </message>
</context>
<context>
    <name>PropertyFinderDialog</name>
    <message>
        <location filename="../../ui/dialogs/property_finder_dialog.py" line="23"/>
        <source>Find property</source>
        <translation>Найти объект недвижимости</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_finder_dialog.py" line="34"/>
        <source>Type a cadastral number or words of the address; Enter opens the card.</source>
        <translation>Введите кадастровый номер или слова адреса; Enter открывает карточку.</translation>
    </message>
</context>
<context>
    <name>PropertyImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="97"/>
        <source>Import properties</source>
        <translation>Импорт объектов недвижимости</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="101"/>
        <source>a registry file: CSV (UTF-8 or Windows-1251) or XLSX</source>
        <translation>файл реестра: CSV (UTF-8 или Windows-1251) или XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="102"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="109"/>
        <source>Reading the file</source>
        <translation>Чтение файла</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="113"/>
        <source>Column mapping</source>
        <translation>Соответствие столбцов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="115"/>
        <source>Column of the file</source>
        <translation>Столбец файла</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="115"/>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="115"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="127"/>
        <source>Problems found</source>
        <translation>Найденные ошибки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="129"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="129"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="129"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="129"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="140"/>
        <source>Import the &amp;valid rows only (skip the rows with problems)</source>
        <translation>Загрузить только пр&amp;авильные строки (строки с ошибками пропустить)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="142"/>
        <source>C&amp;heck (dry run)</source>
        <translation>&amp;Проверить (без загрузки)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="145"/>
        <source>&amp;Import</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="146"/>
        <source>Available after a check of this file with these columns</source>
        <translation>Доступно после проверки этого файла с этим соответствием столбцов</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="158"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="160"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="177"/>
        <source>Registry file</source>
        <translation>Файл реестра</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="178"/>
        <source>Registry files (*.csv *.xlsx *.txt)</source>
        <translation>Файлы реестра (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="178"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="201"/>
        <source>Reading %1…</source>
        <translation>Чтение файла %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="233"/>
        <source>(do not import)</source>
        <translation>(не загружать)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/property_import_dialog.py" line="240"/>
        <source>Rows in the file: %Ln. Check the columns, then run the check.</source>
        <translation>
            <numerusform>В файле %Ln строка. Проверьте соответствие столбцов и запустите проверку.</numerusform>
            <numerusform>В файле %Ln строки. Проверьте соответствие столбцов и запустите проверку.</numerusform>
            <numerusform>В файле %Ln строк. Проверьте соответствие столбцов и запустите проверку.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="298"/>
        <source>The file has changed since the check: check it again.</source>
        <translation>Файл изменился после проверки: проверьте его снова.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="397"/>
        <source>The registry was not loaded: an unexpected error (%1). Nothing was changed.</source>
        <translation>Реестр не загружен: непредвиденная ошибка (%1). В базе ничего не изменилось.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/property_import_dialog.py" line="417"/>
        <source>The first %Ln problem(s) are listed.</source>
        <translation>
            <numerusform>Показана первая %Ln ошибка.</numerusform>
            <numerusform>Показаны первые %Ln ошибки.</numerusform>
            <numerusform>Показаны первые %Ln ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="420"/>
        <source>Records being updated change only in the fields mapped to a column above.</source>
        <translation>У обновляемых объектов меняются только поля, сопоставленные столбцам выше.</translation>
    </message>
    <message>
        <source>Rows in the file: %d. Check the columns, then run the check.</source>
        <translation type="vanished">Строк в файле: %d. Проверьте соответствие столбцов и запустите проверку.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="314"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="314"/>
        <source>Importing…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="315"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="373"/>
        <source>Imported: %1 new, %2 updated, %3 rows skipped.</source>
        <translation>Загружено: новых %1, обновлено %2, пропущено строк %3.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/property_import_dialog.py" line="407"/>
        <source>Rows: %1, valid: %2 (new %3, to update %4), problems: %5.</source>
        <translation>Строк: %1, без ошибок: %2 (новых %3, обновится %4), проблем: %5.</translation>
    </message>
    <message>
        <source>The first %d problems are listed.</source>
        <translation type="vanished">Показаны первые %d.</translation>
    </message>
</context>
<context>
    <name>PropertyPicker</name>
    <message>
        <location filename="../../ui/widgets/property_picker.py" line="92"/>
        <source>cadastral number or address words, e.g. «профсоюзная 43»</source>
        <translation>кадастровый номер или слова адреса, например «профсоюзная 43»</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/property_picker.py" line="95"/>
        <source>Find property</source>
        <translation>Найти объект</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/property_picker.py" line="97"/>
        <source>Properties found</source>
        <translation>Найденные объекты</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/property_picker.py" line="106"/>
        <source>New propert&amp;y…</source>
        <translation>Новы&amp;й объект…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/property_picker.py" line="108"/>
        <source>Add the object to the register (found nothing by this search)</source>
        <translation>Добавить объект в реестр (по этому запросу ничего не найдено)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/property_picker.py" line="162"/>
        <source>Nothing found for «%s».</source>
        <translation>По запросу «%s» ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/property_picker.py" line="167"/>
        <source>The first %Ln found are shown: type more of the number or address.</source>
        <translation>
            <numerusform>Показан первый %Ln найденный объект: уточните номер или адрес.</numerusform>
            <numerusform>Показаны первые %Ln найденных объекта: уточните номер или адрес.</numerusform>
            <numerusform>Показаны первые %Ln найденных объектов: уточните номер или адрес.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <location filename="../../ui/register_export.py" line="24"/>
        <source>Export the register</source>
        <translation>Выгрузка реестра</translation>
    </message>
    <message>
        <location filename="../../ui/register_export.py" line="26"/>
        <source>Excel workbook (*.xlsx);;CSV for Excel (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/register_export.py" line="47"/>
        <source>Exporting the register…</source>
        <translation>Выгрузка реестра…</translation>
    </message>
    <message>
        <location filename="../../ui/register_export.py" line="48"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>RegisterFilterPanel</name>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="62"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="62"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="65"/>
        <source>Any channel</source>
        <translation>Любой канал</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="65"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="68"/>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="68"/>
        <source>Kind</source>
        <translation>Вид обращения</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="71"/>
        <source>Any deadline</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="71"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="72"/>
        <source>Due soon</source>
        <translation>Срок истекает</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="73"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="74"/>
        <source>Answered late</source>
        <translation>Ответ с опозданием</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="76"/>
        <location filename="../../ui/widgets/register_filter_panel.py" line="86"/>
        <source>Any topic</source>
        <translation>Любая тема</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="76"/>
        <source>Topic (with its subtopics)</source>
        <translation>Тема (с подтемами)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="87"/>
        <source>Any executor</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="87"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="88"/>
        <source>Any department</source>
        <translation>Любое подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="88"/>
        <source>Department</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="90"/>
        <source>Received from (inclusive)</source>
        <translation>Поступило с (включительно)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="91"/>
        <source>Received up to (inclusive)</source>
        <translation>Поступило по (включительно)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="93"/>
        <source>Linked property…</source>
        <translation>Объект недвижимости…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="94"/>
        <source>Show only the appeals about one property</source>
        <translation>Показать только обращения об одном объекте недвижимости</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="95"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="96"/>
        <source>Show every appeal again (the search box stays)</source>
        <translation>Снова показать все обращения (строка поиска не меняется)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="102"/>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="103"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="104"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="105"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="106"/>
        <source>E&amp;xecutor:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="107"/>
        <source>&amp;Department:</source>
        <translation>&amp;Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="112"/>
        <source>&amp;Received:</source>
        <translation>Пост&amp;упило:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/register_filter_panel.py" line="115"/>
        <source>Dead&amp;line:</source>
        <translation>Ср&amp;ок:</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../ui/models/register_model.py" line="156"/>
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="157"/>
        <source>Received</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="158"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="159"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="159"/>
        <source>anonymous</source>
        <translation>аноним</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="160"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="161"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="162"/>
        <source>Executor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="163"/>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="164"/>
        <source>Rep.</source>
        <translation>Повт.</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="203"/>
        <source>Repeated appeal: repeats %d earlier appeal(s)</source>
        <translation>Повторное обращение: прежних обращений — %d</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="258"/>
        <source>Overdue: the answer was due on %s</source>
        <translation>Просрочено: ответ нужно было дать до %s</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="260"/>
        <source>Due soon: the answer is due on %s</source>
        <translation>Срок истекает %s</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="263"/>
        <source>Answered late: on %1, the answer was due on %2</source>
        <translation>Ответ дан с опозданием: %1 при сроке %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="270"/>
        <source>%s, overdue</source>
        <translation>%s, просрочено</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="272"/>
        <source>%s, due soon</source>
        <translation>%s, срок истекает</translation>
    </message>
    <message>
        <location filename="../../ui/models/register_model.py" line="273"/>
        <source>%s, answered late</source>
        <translation>%s, ответ дан с опозданием</translation>
    </message>
</context>
<context>
    <name>RepeatsDialog</name>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="46"/>
        <source>Repeated appeal? — %s</source>
        <translation>Повторное обращение? — %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="51"/>
        <source>The applicant has earlier appeals on the same questions. Tick those that appeal %s repeats (Space ticks the current row).</source>
        <translation>У заявителя есть прежние обращения по тем же вопросам. Отметьте те, которые повторяет обращение %s (пробел отмечает текущую строку).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="59"/>
        <source>Reg. No.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="59"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="59"/>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="59"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="88"/>
        <source>&amp;Mark as repeated</source>
        <translation>&amp;Отметить как повторное</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/repeats_dialog.py" line="91"/>
        <source>&amp;Not repeated</source>
        <translation>&amp;Не повторное</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../ui/reports_window.py" line="192"/>
        <location filename="../../ui/reports_window.py" line="374"/>
        <location filename="../../ui/reports_window.py" line="414"/>
        <location filename="../../ui/reports_window.py" line="515"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="203"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="207"/>
        <source>All sections</source>
        <translation>Все разделы</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="209"/>
        <source>All departments</source>
        <translation>Все подразделения</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="211"/>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="212"/>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="213"/>
        <source>Build</source>
        <translation>Сформировать</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="219"/>
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="225"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="226"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="227"/>
        <source>Topic section:</source>
        <translation>Раздел классификатора:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="228"/>
        <source>Department:</source>
        <translation>Подразделение:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="229"/>
        <source>Group:</source>
        <translation>Группировка:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="237"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="238"/>
        <source>Export XLSX…</source>
        <translation>Экспорт в XLSX…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="239"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="247"/>
        <source>Choose a report and its period, then press «Build».</source>
        <translation>Выберите отчёт и период, затем нажмите «Сформировать».</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="273"/>
        <source>Table:</source>
        <translation>Таблица:</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="298"/>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="299"/>
        <source>Period to</source>
        <translation>Период по</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="300"/>
        <source>Report table</source>
        <translation>Таблица отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="301"/>
        <source>Table of the report</source>
        <translation>Выбор таблицы отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="373"/>
        <source>Building the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="373"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="405"/>
        <source>The report is ready.</source>
        <translation>Отчёт сформирован.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="410"/>
        <source>Building the report was cancelled.</source>
        <translation>Формирование отчёта отменено.</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="429"/>
        <source>Built %1 by %2</source>
        <translation>Сформирован %1, %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="480"/>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="501"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="506"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports_window.py" line="514"/>
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="91"/>
        <source>Reschedule the consultation</source>
        <translation>Перенос консультации</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="97"/>
        <source>Now: &lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>Сейчас: &lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="100"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="103"/>
        <source>&amp;Any specialist on this topic</source>
        <translation>&amp;Любой специалист по этой теме</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="111"/>
        <source>why the consultation is moved (required)</source>
        <translation>почему консультация переносится (обязательно)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="119"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="129"/>
        <source>&amp;New slot (Enter moves):</source>
        <translation>&amp;Новое время (Enter — перенести):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="136"/>
        <source>&amp;Move</source>
        <translation>Пе&amp;ренести</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="150"/>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="183"/>
        <source>Looking for free slots…</source>
        <translation>Ищем свободное время…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="215"/>
        <source>Free slots shown: %d</source>
        <translation>Показано свободных мест: %d</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="217"/>
        <source>No free slots in the coming weeks.</source>
        <translation>В ближайшие недели свободного времени нет.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reschedule_dialog.py" line="224"/>
        <source>Choose a free slot in the list.</source>
        <translation>Выберите свободное время в списке.</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="54"/>
        <location filename="../../ui/saved_views_menu.py" line="97"/>
        <source>Saved views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="55"/>
        <source>Saved views: pick one to show its filters (Ctrl+1 … Ctrl+9)</source>
        <translation>Сохранённые представления реестра: выберите, чтобы применить его поиск, фильтры и сортировку (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="59"/>
        <source>&amp;Save view…</source>
        <translation>&amp;Сохранить представление…</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="61"/>
        <source>Save the current search, filters and sort as a named view</source>
        <translation>Сохранить текущие поиск, фильтры и сортировку как именованное представление</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="63"/>
        <source>&amp;Rename view…</source>
        <translation>&amp;Переименовать представление…</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="66"/>
        <source>&amp;Delete view</source>
        <translation>&amp;Удалить представление</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="76"/>
        <source>&amp;Views</source>
        <translation>Пре&amp;дставления</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="164"/>
        <source>Save view</source>
        <translation>Сохранить представление</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="165"/>
        <source>Name of the view (the current search, filters and sort):</source>
        <translation>Название представления (текущие поиск, фильтры и сортировка):</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="186"/>
        <source>Rename view</source>
        <translation>Переименовать представление</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="186"/>
        <source>New name of the view:</source>
        <translation>Новое название представления:</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="211"/>
        <source>Delete view</source>
        <translation>Удалить представление</translation>
    </message>
    <message>
        <location filename="../../ui/saved_views_menu.py" line="212"/>
        <source>Delete the view «%s»? The appeals are not affected.</source>
        <translation>Удалить представление «%s»? Сами обращения не затрагиваются.</translation>
    </message>
</context>
<context>
    <name>SchedulesDialog</name>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="94"/>
        <source>Consultation schedules</source>
        <translation>Расписания консультаций</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="109"/>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="111"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="113"/>
        <source>✓ — has a schedule</source>
        <translation>✓ — расписание задано</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="141"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="143"/>
        <source>e.g. 13:00-14:00, 16:00-16:15</source>
        <translation>например 13:00-14:00, 16:00-16:15</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="148"/>
        <source>classifier code or words of the topic, then Enter</source>
        <translation>код или слова темы, затем Enter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="157"/>
        <source>Del removes the highlighted topic; no topics means every topic</source>
        <translation>Del удаляет выделенную тему; без тем — консультирует по всем</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="159"/>
        <source>&amp;Save the schedule</source>
        <translation>&amp;Сохранить расписание</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="167"/>
        <source>Weekly schedule</source>
        <translation>Расписание на неделю</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="170"/>
        <source>&amp;Days and hours:</source>
        <translation>&amp;Дни и часы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="178"/>
        <source>S&amp;lot length:</source>
        <translation>Д&amp;лительность приёма:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="179"/>
        <source>&amp;Breaks:</source>
        <translation>&amp;Перерывы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="180"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="185"/>
        <source>&amp;Topics:</source>
        <translation>&amp;Темы:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="209"/>
        <source>leave, sick day…</source>
        <translation>отпуск, больничный…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="210"/>
        <source>&amp;Add absence</source>
        <translation>Доб&amp;авить отсутствие</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="213"/>
        <source>Re&amp;move absence</source>
        <translation>&amp;Удалить отсутствие</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="216"/>
        <source>Absences</source>
        <translation>Отсутствия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="221"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="223"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="239"/>
        <source>Save the &amp;template</source>
        <translation>Сохранить &amp;шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="242"/>
        <source>Video meeting link template</source>
        <translation>Шаблон ссылки на видеовстречу</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="322"/>
        <source>No schedule yet: set the days and hours and save.</source>
        <translation>Расписания ещё нет: укажите дни и часы и сохраните.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="331"/>
        <source>Now: %s</source>
        <translation>Сейчас: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="416"/>
        <source>Saved: %s</source>
        <translation>Сохранено: %s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/schedules_dialog.py" line="469"/>
        <source>The meeting link template is saved.</source>
        <translation>Шаблон ссылки на встречу сохранён.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="79"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="85"/>
        <source>&amp;Workstation</source>
        <translation>&amp;Рабочее место</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="86"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="87"/>
        <source>&amp;Registration and deadlines</source>
        <translation>Р&amp;егистрация и сроки</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="110"/>
        <source>As the system (Russian on a Russian system)</source>
        <translation>Как в системе (русский в русской системе)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="120"/>
        <source>postgresql://user@server/database for an office server, sqlite:///path/file.sqlite3 for one workstation</source>
        <translation>postgresql://пользователь@сервер/база — для сервера учреждения, sqlite:///путь/файл.sqlite3 — для одного рабочего места</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="125"/>
        <source>leave empty to keep the saved one</source>
        <translation>оставьте пустым, чтобы сохранить прежний</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="126"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Проверить соединение</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="136"/>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="138"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="139"/>
        <source>The language changes at the next start of the program.</source>
        <translation>Язык сменится при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="141"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="143"/>
        <source>Database &amp;address:</source>
        <translation>&amp;Адрес базы данных:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="145"/>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="152"/>
        <source>The new address is used from the next start; the password is kept in the system keyring.</source>
        <translation>Новый адрес будет использован со следующего запуска; пароль хранится в системном хранилище паролей.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="157"/>
        <source>RECEPTION_DB_URL is set on this computer: it overrides the address saved here.</source>
        <translation>На этом компьютере задана переменная RECEPTION_DB_URL: она главнее сохранённого здесь адреса.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="173"/>
        <source>Letterhead</source>
        <translation>Бланк письма</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="176"/>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Наименование организации:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="177"/>
        <source>Postal &amp;address:</source>
        <translation>Почтовый &amp;адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="178"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="179"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="188"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="188"/>
        <source>Name as signed</source>
        <translation>Инициалы и фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="188"/>
        <source>User who approves (login)</source>
        <translation>Кто утверждает (логин)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="190"/>
        <source>Signatories</source>
        <translation>Подписанты</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="198"/>
        <source>A&amp;dd signatory</source>
        <translation>&amp;Добавить подписанта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="200"/>
        <source>Re&amp;move signatory</source>
        <translation>&amp;Удалить подписанта</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="204"/>
        <source>Signatories (the first is proposed by default)</source>
        <translation>Подписанты (первый предлагается по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="225"/>
        <source>Registration numbers look like PREFIX-2026-000123</source>
        <translation>Регистрационные номера имеют вид ПРЕФИКС-2026-000123</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="227"/>
        <source>to the preceding working day</source>
        <translation>на предшествующий рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="228"/>
        <source>to the next working day</source>
        <translation>на следующий рабочий день</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="231"/>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="232"/>
        <source>Attachment size limit in megabytes</source>
        <translation>Предельный размер вложения в мегабайтах</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="236"/>
        <source>Registration number &amp;prefix:</source>
        <translation>&amp;Префикс регистрационного номера:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="237"/>
        <source>A deadline on a day off &amp;moves:</source>
        <translation>Срок, выпавший на &amp;выходной, переносится:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="238"/>
        <source>&amp;Largest attachment:</source>
        <translation>&amp;Наибольшее вложение:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="247"/>
        <source>New appeals take the new prefix and new due dates the new policy; numbers and due dates already given do not change.</source>
        <translation>Новые обращения получат новый префикс, новые сроки — новое правило переноса; уже присвоенные номера и сроки не меняются.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="295"/>
        <source>The office settings could not be read.</source>
        <translation>Не удалось прочитать настройки учреждения.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="312"/>
        <source>Office-wide settings, shared by every workstation. Only an administrator changes them.</source>
        <translation>Общие настройки учреждения для всех рабочих мест. Изменять их может только администратор.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="397"/>
        <source>Connecting…</source>
        <translation>Соединение…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="471"/>
        <source>The workstation settings could not be written: %s</source>
        <translation>Не удалось записать настройки рабочего места: %s</translation>
    </message>
</context>
<context>
    <name>SlotList</name>
    <message>
        <location filename="../../ui/widgets/slot_list.py" line="33"/>
        <source>video or in person</source>
        <translation>видео или лично</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/slot_list.py" line="35"/>
        <source>video only</source>
        <translation>только видео</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/slot_list.py" line="36"/>
        <source>in person only</source>
        <translation>только лично</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/slot_list.py" line="42"/>
        <source>video</source>
        <translation>видео</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/slot_list.py" line="43"/>
        <source>in person</source>
        <translation>лично</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/slot_list.py" line="58"/>
        <source>Free slots</source>
        <translation>Свободное время</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../ui/dialogs/step_dialog.py" line="68"/>
        <source>Run the step (Ctrl+Enter)</source>
        <translation>Выполнить (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="90"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="124"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="94"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="94"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="94"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="94"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="102"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="103"/>
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="104"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="165"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="137"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="137"/>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="165"/>
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="185"/>
        <source>User %s added.</source>
        <translation>Пользователь %s добавлен.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="195"/>
        <source>Reset password</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="196"/>
        <source>New password for %s:</source>
        <translation>Новый пароль для %s:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="209"/>
        <source>The password of %s was reset; the account is unlocked.</source>
        <translation>Пароль %s сброшен, учётная запись разблокирована.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="222"/>
        <source>%s can sign in again.</source>
        <translation>%s снова может входить в программу.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="222"/>
        <source>%s can no longer sign in.</source>
        <translation>%s больше не может входить в программу.</translation>
    </message>
</context>
</TS>
