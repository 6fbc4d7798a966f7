"""Files the office reads and writes: registry tables in, letters and reports out."""
